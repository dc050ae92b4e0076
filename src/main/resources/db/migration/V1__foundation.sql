-- Foundation: organisations, accounts, sign-in throttling, API tokens, password reset,
-- mail outbox and audit log. Portable between H2 (MODE=PostgreSQL) and PostgreSQL.

create sequence organization_seq start with 1 increment by 50;
create table organization (
    id          bigint       primary key,
    code        varchar(50)  not null,
    name        varchar(300) not null,
    parent_id   bigint       references organization (id),
    path        varchar(2000) not null,
    depth       integer      not null,
    created_at  timestamp with time zone not null,
    version     bigint       not null default 0,
    constraint organization_code_uk unique (code)
);
create index organization_parent_idx on organization (parent_id);
create index organization_path_idx on organization (path);

create sequence account_seq start with 1 increment by 50;
create table account (
    id                          bigint       primary key,
    username                    varchar(64)  not null,
    full_name                   varchar(200) not null,
    full_name_folded            varchar(200) not null,
    email                       varchar(254),
    phone                       varchar(30),
    birth_date                  date,
    gender                      varchar(20),
    joined_on                   date,
    official_on                 date,
    organization_id             bigint       references organization (id),
    office_admin                boolean      not null default false,
    unit_admin_organization_id  bigint       references organization (id),
    enabled                     boolean      not null default true,
    password_hash               varchar(255),
    initial_secret_hash         varchar(100),
    initial_secret_expires_at   timestamp with time zone,
    must_change_password        boolean      not null default true,
    credentials_version         integer      not null default 0,
    password_changed_at         timestamp with time zone,
    activated_at                timestamp with time zone,
    last_sign_in_at             timestamp with time zone,
    created_at                  timestamp with time zone not null,
    version                     bigint       not null default 0,
    constraint account_username_uk unique (username)
);
create index account_organization_idx on account (organization_id);
create index account_email_idx on account (email);

-- Failed sign-in counters, keyed by the normalised user name (whether or not it exists),
-- by user name and trusted device, so that throttling reveals nothing about existence.
create table login_throttle (
    throttle_key     varchar(200) primary key,
    failures         integer      not null,
    blocked_until    timestamp with time zone,
    last_failure_at  timestamp with time zone not null
);

create sequence api_token_seq start with 1 increment by 50;
create table api_token (
    id                   bigint      primary key,
    token_hash           varchar(64) not null,
    account_id           bigint      not null references account (id),
    restricted           boolean     not null,
    credentials_version  integer     not null,
    created_at           timestamp with time zone not null,
    expires_at           timestamp with time zone not null,
    revoked_at           timestamp with time zone,
    constraint api_token_hash_uk unique (token_hash)
);
create index api_token_account_idx on api_token (account_id);

create sequence password_reset_token_seq start with 1 increment by 50;
create table password_reset_token (
    id          bigint      primary key,
    token_hash  varchar(64) not null,
    account_id  bigint      not null references account (id),
    created_at  timestamp with time zone not null,
    expires_at  timestamp with time zone not null,
    used_at     timestamp with time zone,
    constraint password_reset_token_hash_uk unique (token_hash)
);
create index password_reset_token_account_idx on password_reset_token (account_id);

create sequence outbox_message_seq start with 1 increment by 50;
create table outbox_message (
    id               bigint       primary key,
    message_id       varchar(200) not null,
    recipient        varchar(254) not null,
    subject          varchar(300) not null,
    body             varchar      not null,
    category         varchar(50)  not null,
    sensitive        boolean      not null,
    status           varchar(20)  not null,
    attempts         integer      not null default 0,
    next_attempt_at  timestamp with time zone not null,
    claimed_at       timestamp with time zone,
    sent_at          timestamp with time zone,
    last_error       varchar(1000),
    created_at       timestamp with time zone not null,
    version          bigint       not null default 0,
    constraint outbox_message_message_id_uk unique (message_id)
);
create index outbox_message_due_idx on outbox_message (status, next_attempt_at);

create sequence audit_event_seq start with 1 increment by 50;
create table audit_event (
    id              bigint       primary key,
    occurred_at     timestamp with time zone not null,
    action          varchar(60)  not null,
    actor           varchar(64),
    target          varchar(200),
    client_address  varchar(64),
    details         varchar(2000)
);
create index audit_event_time_idx on audit_event (occurred_at);
create index audit_event_actor_idx on audit_event (actor);
