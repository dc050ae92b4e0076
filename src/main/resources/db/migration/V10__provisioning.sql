-- Provisioning: member lists submitted by units, their rows and validation issues, issuance jobs and
-- credential slips for members without e-mail.

create sequence member_list_seq start with 1 increment by 50;
create table member_list (
    id              bigint        primary key,
    organization_id bigint        references organization (id),
    status          varchar(20)   not null,
    file_name       varchar(300),
    uploaded_by     varchar(64)   not null,
    uploaded_at     timestamp with time zone not null,
    submitted_by    varchar(64),
    submitted_at    timestamp with time zone,
    reviewed_by     varchar(64),
    reviewed_at     timestamp with time zone,
    reject_reason   varchar(1000),
    row_count       integer       not null,
    error_count     integer       not null,
    warning_count   integer       not null,
    version         bigint        not null default 0
);
create index member_list_status_idx on member_list (status);
create index member_list_organization_idx on member_list (organization_id);

create sequence member_list_row_seq start with 1 increment by 50;
create table member_list_row (
    id                 bigint        primary key,
    list_id            bigint        not null references member_list (id),
    row_number         integer       not null,
    full_name          varchar(300)  not null,
    card_number        varchar(64)   not null,
    birth_date         varchar(40),
    gender             varchar(40),
    email              varchar(300),
    phone              varchar(60),
    joined_on          varchar(40),
    official_on        varchar(40),
    organization_code  varchar(100),
    organization_id    bigint,
    issued_account_id  bigint,
    issue_error        varchar(300),
    version            bigint        not null default 0
);
create index member_list_row_list_idx on member_list_row (list_id, row_number);
create index member_list_row_card_idx on member_list_row (card_number);

create sequence member_list_issue_seq start with 1 increment by 50;
create table member_list_issue (
    id           bigint        primary key,
    list_id      bigint        not null references member_list (id),
    row_number   integer       not null,
    column_name  varchar(100),
    code         varchar(40)   not null,
    message      varchar(1000) not null,
    error        boolean       not null
);
create index member_list_issue_list_idx on member_list_issue (list_id, row_number);

create sequence issuance_job_seq start with 1 increment by 50;
create table issuance_job (
    id            bigint       primary key,
    list_id       bigint       not null references member_list (id),
    status        varchar(20)  not null,
    total         integer      not null,
    processed     integer      not null,
    skipped       integer      not null,
    last_error    varchar(1000),
    approved_by   varchar(64)  not null,
    created_at    timestamp with time zone not null,
    started_at    timestamp with time zone,
    heartbeat_at  timestamp with time zone,
    finished_at   timestamp with time zone,
    version       bigint       not null default 0,
    constraint issuance_job_list_uk unique (list_id)
);

-- A member without e-mail gets a printed slip; the one-time password waits here until the slip is printed,
-- and is erased then.
create sequence credential_slip_seq start with 1 increment by 50;
create table credential_slip (
    id               bigint       primary key,
    username         varchar(64)  not null,
    full_name        varchar(200) not null,
    organization_id  bigint,
    password         varchar(100),
    expires_at       timestamp with time zone not null,
    created_at       timestamp with time zone not null,
    printed_at       timestamp with time zone,
    printed_by       varchar(64)
);
create index credential_slip_pending_idx on credential_slip (printed_at, organization_id);
