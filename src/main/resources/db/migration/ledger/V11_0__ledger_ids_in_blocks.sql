-- Ledger entries, their risks and consignee links are imported by the thousand. An identity
-- column makes Hibernate insert them one statement at a time; a plain sequence handed out in
-- blocks of 50 (pooled-lo: each nextval reserves the 50 ids from its value on) lets it batch.
-- A plain SQL insert still draws from the sequence and uses the first id of its own block.
alter table ledger_entry alter column id drop identity;
create sequence ledger_entry_id_seq increment by 50 owned by ledger_entry.id;
select setval('ledger_entry_id_seq', coalesce((select max(id) from ledger_entry), 0) + 1, false);
alter table ledger_entry alter column id set default nextval('ledger_entry_id_seq');

alter table ledger_risk alter column id drop identity;
create sequence ledger_risk_id_seq increment by 50 owned by ledger_risk.id;
select setval('ledger_risk_id_seq', coalesce((select max(id) from ledger_risk), 0) + 1, false);
alter table ledger_risk alter column id set default nextval('ledger_risk_id_seq');

alter table ledger_consignee_link alter column id drop identity;
create sequence ledger_consignee_link_id_seq increment by 50 owned by ledger_consignee_link.id;
select setval('ledger_consignee_link_id_seq', coalesce((select max(id) from ledger_consignee_link), 0) + 1, false);
alter table ledger_consignee_link alter column id set default nextval('ledger_consignee_link_id_seq');
