-- int_emails_corrected: one row per classified email: what the rules and
-- the model found, the LLM's answer on top where one was asked for and it
-- checked out (int_emails_llm, status 'ok'), and the person's corrections
-- of the email's fields (int_corrections_pivoted, target 'email') on top of
-- both. A corrected row says extractor 'correction' and confidence 1.
with

rules as (
    select * from int_emails_classified
),

llm as (
    select * from int_emails_llm
    where status = 'ok'
),

classified as (
    select
        r.user_id,
        r.email_id,
        coalesce(l.label, r.label) as label,
        case when l.email_id is null then r.event_type else l.event_type end as event_type,
        case
            when l.label in ('job_alert', 'not_job') then null
            else coalesce(l.company_name, r.company_name)
        end as company_name,
        case
            when l.label in ('job_alert', 'not_job') then null
            else coalesce(l.role_title, r.role_title)
        end as role_title,
        r.requisition_id,
        coalesce(l.location, r.location) as location,
        r.job_posting_url,
        r.posting_id,
        r.source,
        r.applied_at,
        coalesce(l.confidence, r.confidence) as confidence,
        r.label_confidence,
        r.event_confidence,
        r.company_confidence,
        r.role_confidence,
        case when l.email_id is null then r.extractor else 'llm' end as extractor,
        r.reasons,
        r.classifier_version
    from rules as r
    left join llm as l
        on r.user_id = l.user_id and r.email_id = l.email_id
),

fixes as (
    select * from int_corrections_pivoted
    where target = 'email'
),

final as (
    select
        c.user_id,
        c.email_id,
        coalesce(f.label, c.label) as label,
        case
            when coalesce(f.label, c.label) <> 'application' then null
            else coalesce(f.event_type, c.event_type, 'update')
        end as event_type,
        coalesce(f.company_name, c.company_name) as company_name,
        coalesce(f.role_title, c.role_title) as role_title,
        c.requisition_id,
        coalesce(f.location, c.location) as location,
        coalesce(f.job_posting_url, c.job_posting_url) as job_posting_url,
        c.posting_id,
        coalesce(f.source, c.source) as source,
        c.applied_at,
        case when f.target_id is null then c.confidence else 1.0 end as confidence,
        case when f.label is null then c.label_confidence else 1.0 end as label_confidence,
        case when f.event_type is null then c.event_confidence else 1.0 end as event_confidence,
        case when f.company_name is null then c.company_confidence else 1.0 end as company_confidence,
        case when f.role_title is null then c.role_confidence else 1.0 end as role_confidence,
        case when f.target_id is null then c.extractor else 'correction' end as extractor,
        c.reasons,
        c.classifier_version
    from classified as c
    left join fixes as f
        on c.user_id = f.user_id and c.email_id = f.target_id
)

select * from final
