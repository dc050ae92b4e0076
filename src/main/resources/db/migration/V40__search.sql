-- The text read from each document file for the search index, and how reading it went.
-- state: PENDING (to read), DONE, FAILED (reason says why), NEEDS_OCR (scanned, Tesseract missing).
create table search_file_text (
    file_id      bigint primary key references document_file (id) on delete cascade,
    document_id  bigint not null,
    state        varchar(16) not null,
    reason       varchar(1000),
    method       varchar(16),
    content      text,
    chars        integer not null default 0,
    cut          boolean not null default false,
    attempts     integer not null default 0,
    updated_at   timestamp with time zone not null
);
create index search_file_text_state_idx on search_file_text (state, file_id);
create index search_file_text_document_idx on search_file_text (document_id);
