-- Who submitted a version for approval, so that nobody approves their own submission.
alter table policy_version add column submitted_by_user_id bigint references user_account (id);
alter table policy_version_aud add column submitted_by_user_id bigint;
