-- int_corrections_pivoted: the person's corrections of fields
-- (int_corrections, action 'set'), one row per corrected email or
-- application with a column per field: the value set, null where that field
-- is not corrected. int_emails_corrected applies the emails' rows,
-- applications the applications'. The columns are the fields a correction
-- may set (resolve::corrections reads them from this table's contract).
with

sets as (
    select * from int_corrections
    where action = 'set'
),

targets as (
    select user_id, 'email' as target, email_id as target_id, field, value
    from sets
    where email_id is not null
    union all
    select user_id, 'application' as target, application_id as target_id, field, value
    from sets
    where application_id is not null
),

final as (
    select
        user_id,
        target,
        target_id,
        max(case when field = 'label' then value end) as label,
        max(case when field = 'event_type' then value end) as event_type,
        max(case when field = 'company_name' then value end) as company_name,
        max(case when field = 'role_title' then value end) as role_title,
        max(case when field = 'location' then value end) as location,
        max(case when field = 'source' then value end) as source,
        max(case when field = 'job_posting_url' then value end) as job_posting_url,
        max(case when field = 'current_status' then value end) as current_status
    from targets
    group by user_id, target, target_id
)

select * from final
