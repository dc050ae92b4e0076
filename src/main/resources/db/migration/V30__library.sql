-- Library (documents, files, topics), bookmarks, recently viewed documents and news.
-- Portable between H2 (MODE=PostgreSQL) and PostgreSQL.

-- Chuyên mục: a tree; path holds the ids from the root down ("/1/51/"), so a subtree is one prefix query.
create sequence topic_seq start with 1 increment by 50;
create table topic (
    id          bigint        primary key,
    name        varchar(200)  not null,
    parent_id   bigint        references topic (id),
    path        varchar(2000) not null,
    created_at  timestamp with time zone not null
);
create index topic_parent_idx on topic (parent_id);
create index topic_path_idx on topic (path);

-- A document; scope ALL (every member) or ORGANIZATION (organization_id and the copy of its path: the documents
-- of an organisation are visible to the members of its subtree).
create sequence document_seq start with 1 increment by 50;
create table document (
    id                 bigint        primary key,
    number             varchar(300),
    type               varchar(100)  not null,
    issuer             varchar(300),
    signer             varchar(200),
    issued_on          date,
    issued_year        integer,
    effective_on       date,
    title              varchar(1000) not null,
    title_key          varchar(1200) not null,
    summary            varchar(4000),
    folded             varchar(6000) not null,
    topic_id           bigint        references topic (id),
    status             varchar(20)   not null,
    scope              varchar(20)   not null,
    organization_id    bigint        references organization (id),
    organization_path  varchar(2000),
    view_count         bigint        not null default 0,
    download_count     bigint        not null default 0,
    import_key         varchar(64),
    created_by         varchar(64)   not null,
    created_at         timestamp with time zone not null,
    updated_at         timestamp with time zone not null,
    published_at       timestamp with time zone,
    version            bigint        not null default 0,
    constraint document_import_key_uk unique (import_key)
);
create index document_visible_idx on document (status, scope, issued_on);
create index document_org_path_idx on document (organization_path);
create index document_type_idx on document (type);
create index document_issuer_idx on document (issuer);
create index document_year_idx on document (issued_year);
create index document_topic_idx on document (topic_id);
create index document_title_key_idx on document (title_key);
create index document_published_idx on document (published_at);

-- A file of a document. The bytes live in the file store under storage_key (content-addressed: the SHA-256);
-- original_name is kept for downloads only, never used as a path.
create sequence document_file_seq start with 1 increment by 50;
create table document_file (
    id             bigint        primary key,
    document_id    bigint        not null references document (id),
    position       integer       not null,
    original_name  varchar(255)  not null,
    size_bytes     bigint        not null,
    content_type   varchar(200)  not null,
    sha256         varchar(64)   not null,
    storage_key    varchar(200)  not null,
    created_at     timestamp with time zone not null
);
create index document_file_document_idx on document_file (document_id);
create index document_file_storage_key_idx on document_file (storage_key);

create sequence bookmark_seq start with 1 increment by 50;
create table bookmark (
    id           bigint  primary key,
    account_id   bigint  not null references account (id),
    document_id  bigint  not null references document (id),
    created_at   timestamp with time zone not null,
    constraint bookmark_account_document_uk unique (account_id, document_id)
);
create index bookmark_account_time_idx on bookmark (account_id, created_at);

create sequence recent_view_seq start with 1 increment by 50;
create table recent_view (
    id           bigint  primary key,
    account_id   bigint  not null references account (id),
    document_id  bigint  not null references document (id),
    viewed_at    timestamp with time zone not null,
    constraint recent_view_account_document_uk unique (account_id, document_id)
);
create index recent_view_account_time_idx on recent_view (account_id, viewed_at);

-- Tin tức and Thông báo. An article is visible to members from its publication time on.
create sequence news_article_seq start with 1 increment by 50;
create table news_article (
    id            bigint         primary key,
    kind          varchar(20)    not null,
    title         varchar(500)   not null,
    summary       varchar(2000),
    body          varchar(200000) not null,
    published_at  timestamp with time zone,
    view_count    bigint         not null default 0,
    created_by    varchar(64)    not null,
    created_at    timestamp with time zone not null,
    updated_at    timestamp with time zone not null,
    version       bigint         not null default 0
);
create index news_article_published_idx on news_article (published_at);
