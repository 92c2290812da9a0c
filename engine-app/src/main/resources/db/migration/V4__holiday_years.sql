-- Years of the holiday table added by administrators (the release ships the others in workflow-model).
create table holiday_year (
    calendar_year integer      not null primary key,
    csv      varchar(20000) not null,
    source   varchar(300)  not null,
    added_by varchar(64)   not null,
    added_at timestamp     not null
);
