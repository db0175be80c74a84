-- A word with its type (e.g. "restaurant" + Restaurant) in one of the region's 30 largest towns:
-- the 20 best by rank, then the type facet counts without the type filter (as Escale counts a
-- facet: the alternatives to the chosen type).
\set p random(1, 7)
\set c random(1, 30)
SELECT id, name, ts_rank(document, q) AS rank
FROM bench.offer, websearch_to_tsquery('bench.fr', (ARRAY['restaurant','hôtel','camping','château','gîte','visite','vin'])[:p]) q
WHERE document @@ q AND types @> ARRAY[(ARRAY['Restaurant','Hotel','CampingAndCaravanning','CulturalSite','Accommodation','EntertainmentAndEvent','Tasting'])[:p]] AND commune_code = (ARRAY['37261','45234','18033','41018','36044','37122','28085','28134','18279','45232','45284','45147','41194','45302','37214','45285','28218','37233','41269','37208','45208','45004','45155','37003','28088','37050','45068','28404','37156','36088'])[:c]
ORDER BY rank DESC, name LIMIT 20;
SELECT t, count(*) FROM bench.offer, unnest(types) t
WHERE document @@ websearch_to_tsquery('bench.fr', (ARRAY['restaurant','hôtel','camping','château','gîte','visite','vin'])[:p]) AND commune_code = (ARRAY['37261','45234','18033','41018','36044','37122','28085','28134','18279','45232','45284','45147','41194','45302','37214','45285','28218','37233','41269','37208','45208','45004','45155','37003','28088','37050','45068','28404','37156','36088'])[:c]
GROUP BY t ORDER BY count(*) DESC, t LIMIT 30;
