-- Courts: each row is also an engine tenant with the same id (see CourtDirectory).
create table court (
    id          varchar(32)  not null primary key,
    name        varchar(100) not null,
    short_name  varchar(30)  not null,
    level       varchar(20)  not null,
    parent_id   varchar(32)  references court (id),
    case_code   varchar(20)  not null,
    constraint court_level_check check (level in ('HIGH', 'INTERMEDIATE', 'BASIC'))
);
create unique index court_case_code_uq on court (case_code);
