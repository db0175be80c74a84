// The coverage map of the SADI: a coloured marker per kind of point, and the far communes in red.
(() => {
  const element = document.getElementById('coverage-map');
  const data = document.getElementById('coverage-data');
  if (!element || !data || typeof L === 'undefined') return;
  const colours = { DESK: '#1f6f8b', RELAY: '#2a9d3f', KIOSK: '#8e44ad', SCREEN: '#e67e22', POPUP: '#c0392b' };
  const { points, far } = JSON.parse(data.textContent);
  const map = L.map(element, { scrollWheelZoom: false }).setView([47.39, 0.69], 9);
  L.tileLayer('https://tile.openstreetmap.org/{z}/{x}/{y}.png', { maxZoom: 18, attribution: '&copy; OpenStreetMap' }).addTo(map);
  const layer = L.featureGroup().addTo(map);
  for (const point of points) {
    L.circleMarker([point.lat, point.lon], {
      radius: 9, color: '#fff', weight: 2, fillColor: colours[point.kind], fillOpacity: point.active ? 0.95 : 0.35
    }).bindTooltip(point.name).addTo(layer);
  }
  for (const commune of far) {
    L.circleMarker([commune.lat, commune.lon], { radius: 5, color: '#b00020', weight: 1, fillOpacity: 0.2, dashArray: '2' })
      .bindTooltip(`${commune.name} (${commune.population.toLocaleString()})`).addTo(layer);
  }
  if (layer.getLayers().length) map.fitBounds(layer.getBounds(), { maxZoom: 13, padding: [20, 20] });
})();
