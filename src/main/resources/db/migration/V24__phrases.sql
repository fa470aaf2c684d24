-- A text the platform writes into a record (a decision's comment, a financing request's conclusion) is kept as a
-- message key with its arguments beside its Kazakh text, so a Russian reader reads it in Russian (kz.jobalyq.system
-- .i18n.Phrase). A composed text carries a person's comment of up to 4,000 characters after its own words, so the
-- text columns grow by that much too (a conclusion was cut at 2,000 and refused a long comment).
ALTER TABLE decision_record ADD COLUMN comment_phrase VARCHAR(10000);
ALTER TABLE decision_record ALTER COLUMN comment_text SET DATA TYPE VARCHAR(4500);
ALTER TABLE financing_request ADD COLUMN outcome_reason_phrase VARCHAR(10000);
ALTER TABLE financing_request ALTER COLUMN outcome_reason SET DATA TYPE VARCHAR(4500);
