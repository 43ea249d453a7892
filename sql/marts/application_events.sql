-- application_events: one row per event of an application, that is per
-- application email, in time order; summary_text says what happened.
with

mail as (
    select * from int_application_emails
),

final as (
    select
        jt_id(user_id || '|' || email_id || '|event') as event_id,
        application_id,
        user_id,
        event_type,
        event_timestamp,
        case event_type
            when 'applied' then 'Applied'
            when 'assessment' then 'Assessment'
            when 'interview' then 'Interview'
            when 'offer' then 'Offer'
            when 'rejected' then 'Rejected'
            when 'withdrawn' then 'Withdrawn'
            else 'Update'
        end || coalesce(': ' || subject, '') as summary_text,
        email_id,
        source,
        confidence,
        extractor
    from mail
)

select * from final
order by application_id, event_timestamp nulls first, email_id
