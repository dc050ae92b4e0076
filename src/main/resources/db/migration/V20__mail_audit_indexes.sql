-- Indexes for the admin pages "Hộp thư đi" (newest first) and "Nhật ký hệ thống" (filter by action).
-- Portable between H2 (MODE=PostgreSQL) and PostgreSQL.

create index outbox_message_created_idx on outbox_message (created_at);
create index audit_event_action_idx on audit_event (action, occurred_at);
