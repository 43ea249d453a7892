-- emails: one row per email of the user, with what the classifier found,
-- and the LLM's answer where one was asked for and it checked out.
with

stg_emails as (
    select * from stg_emails
),

classified as (
    select * from int_emails_classified
),

llm as (
    select * from int_emails_llm
    where status = 'ok'
),

final as (
    select
        e.email_id,
        e.user_id,
        e.account,
        e.source as mailbox_kind,
        e.provider_message_id,
        e.thread_id,
        e.subject,
        e.from_name,
        e.from_address,
        e.to_addresses,
        e.received_at,
        e.date_source,
        e.labels,
        trim(substr(regexp_replace(substr(e.body_text, 1, 2000), '\s+', ' ', 'g'), 1, 280)) as snippet,
        cast(coalesce(cardinality(e.links), 0) as int) as link_count,
        e.attachment_count,
        e.size_bytes,
        coalesce(l.label, c.label) as label,
        case when l.email_id is null then c.event_type else l.event_type end as event_type,
        case
            when l.label in ('job_alert', 'not_job') then null
            else coalesce(l.company_name, c.company_name)
        end as company_name,
        case
            when l.label in ('job_alert', 'not_job') then null
            else coalesce(l.role_title, c.role_title)
        end as role_title,
        c.requisition_id,
        coalesce(l.location, c.location) as location,
        c.job_posting_url,
        c.posting_id,
        c.source,
        c.applied_at,
        coalesce(l.confidence, c.confidence) as confidence,
        case when l.email_id is null then c.extractor else 'llm' end as extractor,
        c.reasons
    from stg_emails as e
    left join classified as c
        on e.user_id = c.user_id and e.email_id = c.email_id
    left join llm as l
        on e.user_id = l.user_id and e.email_id = l.email_id
)

select * from final
order by received_at nulls last, email_id
