-- int_application_mail: one row per application email (label 'application'
-- after the LLM and the corrections), with what grouping needs: thread, time,
-- extracted fields, the employer and role comparison keys, and for mail
-- that names no role the normalized words of its subject and first lines.
-- Its own table so the grouping's many CTEs read 1 small table instead of
-- re-joining stg_emails each time.
select
    c.user_id,
    c.email_id,
    e.thread_id,
    e.subject,
    e.from_address,
    -- role-less mail only: its first words, normalized like role keys
    case
        when jt_role_key(c.role_title) is null
        then ' ' || jt_role_words(coalesce(e.subject, '') || ' ' || substr(coalesce(e.body_text, ''), 1, 2000)) || ' '
    end as text_head,
    coalesce(e.received_at, c.applied_at) as ts,
    c.event_type,
    c.company_name,
    c.role_title,
    c.location,
    c.job_posting_url,
    c.posting_id,
    c.source,
    c.applied_at,
    c.confidence,
    c.extractor,
    jt_company_key(c.company_name) as own_company_key,
    jt_role_key(c.role_title) as own_role_key
from int_emails_in_context as c
inner join stg_emails as e
    on c.user_id = e.user_id and c.email_id = e.email_id
where c.label = 'application'
