-- A broad word (one of the 25 SearchLoad draws from, e.g. "château"): the 20 best by rank, then
-- the type facet counts. The values are drawn per transaction, as SearchLoad draws them.
\set w random(1, 25)
SELECT id, name, ts_rank(document, q) AS rank
FROM bench.offer, websearch_to_tsquery('bench.fr', (ARRAY['château','musée','jardin','vin','cave','randonnée','vélo','église','hôtel','camping','restaurant','gîte','visite','balade','marché','concert','exposition','piscine','golf','ferme','abbaye','moulin','forêt','loire','chambre'])[:w]) q
WHERE document @@ q
ORDER BY rank DESC, name LIMIT 20;
SELECT t, count(*) FROM bench.offer, unnest(types) t
WHERE document @@ websearch_to_tsquery('bench.fr', (ARRAY['château','musée','jardin','vin','cave','randonnée','vélo','église','hôtel','camping','restaurant','gîte','visite','balade','marché','concert','exposition','piscine','golf','ferme','abbaye','moulin','forêt','loire','chambre'])[:w])
GROUP BY t ORDER BY count(*) DESC, t LIMIT 30;
