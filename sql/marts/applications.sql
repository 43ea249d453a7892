-- applications: one row per application, built from its emails.
-- current_status follows the timeline: the latest event past 'applied' that
-- is more than an 'update' wins, by time (ties: the more final event), else
-- 'applied'. So an old rejection processed late never overwrites a later
-- interview, a second confirmation never takes an interview back to
-- 'applied', and offer, rejection and withdrawal stay terminal unless newer
-- mail (a new interview, say) reopens the application. (Applying again after
-- a rejection starts a new application: int_application_emails.) A person's corrections of an application's
-- fields (int_corrections_pivoted, target 'application') come last.
-- stalled: not terminal and no mail for {{ stalled_days }} days before the run.
with

mail as (
    select
        *,
        case event_type
            when 'applied' then 1
            when 'assessment' then 2
            when 'interview' then 3
            when 'offer' then 4
            when 'withdrawn' then 5
            when 'rejected' then 6
            else 0
        end as event_rank
    from int_application_emails
),

ranked as (
    select
        *,
        row_number() over (
            partition by user_id, application_id
            order by (company_name is null), event_timestamp nulls last, email_id
        ) as rn_company,
        row_number() over (
            partition by user_id, application_id
            order by (role_title is null), event_timestamp nulls last, email_id
        ) as rn_role,
        row_number() over (
            partition by user_id, application_id
            order by (location is null), event_timestamp nulls last, email_id
        ) as rn_location,
        row_number() over (
            partition by user_id, application_id
            order by (job_posting_url is null), event_timestamp nulls last, email_id
        ) as rn_url,
        row_number() over (
            partition by user_id, application_id
            order by (source is null), (source = 'other'), event_timestamp nulls last, email_id
        ) as rn_source,
        row_number() over (
            partition by user_id, application_id
            order by
                (event_type in ('update', 'applied')),
                event_timestamp desc nulls last,
                event_rank desc,
                email_id
        ) as rn_status
    from mail
),

grouped as (
    select
        application_id,
        user_id,
        max(case when rn_company = 1 then company_name end) as company_name,
        max(case when rn_role = 1 then role_title end) as role_title,
        max(case when rn_location = 1 then location end) as location,
        max(case when rn_source = 1 then source end) as source,
        max(case when rn_url = 1 then job_posting_url end) as job_posting_url,
        max(case when rn_status = 1 and event_type not in ('update', 'applied') then event_type end)
            as latest_event,
        min(applied_at) as stated_applied_at,
        min(case when event_type = 'applied' then event_timestamp end) as first_applied_mail_at,
        min(event_timestamp) as first_seen_at,
        max(event_timestamp) as last_activity_at,
        min(case when event_type not in ('applied', 'update') then event_timestamp end)
            as first_response_at,
        avg(confidence) as confidence_score,
        cast(count(*) as bigint) as email_count,
        max(company_key) as company_key
    from ranked
    group by application_id, user_id
),

fixes as (
    select * from int_corrections_pivoted
    where target = 'application'
),

final as (
    select
        g.application_id,
        g.user_id,
        coalesce(f.company_name, g.company_name) as company_name,
        coalesce(f.role_title, g.role_title) as role_title,
        coalesce(f.location, g.location) as location,
        coalesce(f.source, g.source, 'other') as source,
        cast(coalesce(g.stated_applied_at, g.first_applied_mail_at, g.first_seen_at) as date)
            as application_date,
        coalesce(f.current_status, g.latest_event, 'applied') as current_status,
        coalesce(f.job_posting_url, g.job_posting_url) as job_posting_url,
        case when f.target_id is null then g.confidence_score else 1.0 end
            as confidence_score,
        g.first_seen_at as created_at,
        g.last_activity_at as updated_at,
        g.last_activity_at,
        g.first_response_at,
        g.email_count,
        f.target_id is null
            and (
                g.confidence_score < 0.6
                or coalesce(f.company_name, g.company_name) is null
                or coalesce(f.role_title, g.role_title) is null
            ) as needs_review,
        coalesce(f.current_status, g.latest_event, 'applied')
            not in ('offer', 'rejected', 'withdrawn')
            and g.last_activity_at < {{ now }} - interval '{{ stalled_days }} days' as stalled
    from grouped as g
    left join fixes as f
        on g.user_id = f.user_id and g.application_id = f.target_id
)

select * from final
order by application_date desc nulls last, application_id
