// Draws the offers of the current results on a Leaflet map, again after each htmx swap.
(() => {
  let map;
  let layer;
  function draw() {
    const element = document.getElementById('map');
    const data = document.getElementById('map-points');
    if (!element || !data || typeof L === 'undefined') return;
    if (!map || map.getContainer() !== element) {
      map = L.map(element, { scrollWheelZoom: false }).setView([47.39, 0.69], 9);
      L.tileLayer('https://tile.openstreetmap.org/{z}/{x}/{y}.png', {
        maxZoom: 18, attribution: '&copy; OpenStreetMap'
      }).addTo(map);
      layer = L.featureGroup().addTo(map);
    }
    layer.clearLayers();
    for (const point of JSON.parse(data.textContent)) {
      const marker = L.marker([point.lat, point.lon], { title: point.name, alt: point.name });
      const link = document.createElement('a');
      link.href = point.url;
      link.textContent = point.name;
      marker.bindPopup(link).addTo(layer);
    }
    if (layer.getLayers().length) map.fitBounds(layer.getBounds(), { maxZoom: 14, padding: [20, 20] });
  }
  document.addEventListener('DOMContentLoaded', draw);
  document.body.addEventListener('htmx:afterSettle', draw);
})();
