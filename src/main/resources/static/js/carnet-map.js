// The carnet's map: the offers as numbered markers, the desk as a square, as on the printed list.
(() => {
  const element = document.getElementById('map');
  const data = document.getElementById('carnet-points');
  const print = document.getElementById('printCarnet');
  if (print) print.addEventListener('click', () => window.print());
  if (!element || !data || typeof L === 'undefined') return;
  const map = L.map(element, { scrollWheelZoom: false });
  L.tileLayer('https://tile.openstreetmap.org/{z}/{x}/{y}.png', {
    maxZoom: 18, attribution: '&copy; OpenStreetMap'
  }).addTo(map);
  const layer = L.featureGroup().addTo(map);
  for (const point of JSON.parse(data.textContent)) {
    const icon = L.divIcon({
      className: point.desk ? 'carnet-desk' : 'carnet-number',
      html: point.label, iconSize: point.desk ? [14, 14] : [24, 24]
    });
    L.marker([point.lat, point.lon], { icon, title: point.name, alt: point.name }).addTo(layer);
  }
  if (layer.getLayers().length) map.fitBounds(layer.getBounds(), { maxZoom: 14, padding: [24, 24] });
})();
