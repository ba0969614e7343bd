-- Reviewers' decisions survive re-extraction and new versions of a page: a decision is matched to facts by the
-- story, the fact type, the evidence sentence and the figure's text, not by one document version's offsets.

alter table reviews add column match_key varchar;

update reviews set match_key = k.match_key
from (
  select f.fact_id,
         md5(concat_ws('|', coalesce(d.story_id, d.doc_sha), f.type, f.sentence,
                       coalesce(substr(d.text, f.figure_start + 1, f.figure_end - f.figure_start), ''))) as match_key
  from facts f join documents d using (doc_sha)
) k
where reviews.fact_id = k.fact_id;
