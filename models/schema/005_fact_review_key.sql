-- Each fact carries its review key (see 004_review_keys.sql), computed once at insert instead of at every read
-- of the analysts' views: md5(story | type | evidence sentence | figure text).

alter table facts add column review_key varchar;

update facts set review_key = k.review_key
from (
  select f.fact_id,
         md5(concat_ws('|', coalesce(d.story_id, d.doc_sha), f.type, f.sentence,
                       coalesce(substr(d.text, f.figure_start + 1, f.figure_end - f.figure_start), ''))) as review_key
  from facts f join documents d using (doc_sha)
) k
where facts.fact_id = k.fact_id;
