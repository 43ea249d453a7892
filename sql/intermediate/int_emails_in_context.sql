-- int_emails_in_context: one row per email: int_emails_enriched seen with
-- its thread and its correspondent, the second pass of classification.
-- * Thread: mail in a thread that holds application mail, from that
--   application mail on, is about the application: a reply (the person's
--   own included) becomes application mail, and mail of the thread that
--   names no employer or role takes the thread's.
-- * Correspondent: once a person at an employer's own domain (not an ATS,
--   job board, tool or free-mail domain: jt_employer_domain; not a role,
--   list or no-reply address) wrote application mail, or the person sent an
--   application there, mail that another person there writes (not bulk
--   mail, not outreach about another job) is about that employer's
--   application while it is open: the
--   employer's latest application mail before it is at most 120 days old
--   and is not a rejection or withdrawal (an offer stays open 30 days).
-- * Person: application mail from a sender that is no employer's (or any
--   mail from a scheduling, assessment or e-signature tool), that
--   names no employer or comes from a scheduling, assessment or e-signature
--   tool and only guesses it (confidence under 0.5: its text offers a time
--   zone or a person's name where the employer would be: "Confirmed: Intro
--   call with Jasper Hoogland"; or the tool's own name), takes
--   the employer and role of the latest application mail, at most 60 days
--   before it, that a person at an employer's own domain wrote and whose
--   name (two words or more) its subject or first lines give.
-- It reads int_emails_enriched, where the friends and agencies steps were
-- made first.
-- Mail a thread or an employer carries gets the event its own words carry
-- (the classifier's `event-hint:<event>` reason), else 'update', and a
-- reason 'context:thread' or 'context:employer'. Rows the person corrected
-- or the LLM answered keep their answer. A rewrite of the whole table from
-- its inputs, so a rerun gives the same rows.
with

mail as (
    select * from int_emails_enriched
),

app_mail as (
    select * from mail
    where label = 'application'
),

-- threads holding application mail: since when, and the employer and role
-- their earliest naming application mail gives
threads as (
    select user_id, thread_id, min(ts) as since
    from app_mail
    where thread_id is not null
    group by user_id, thread_id
),

thread_company as (
    select user_id, thread_id, company_name
    from (
        select
            user_id,
            thread_id,
            company_name,
            row_number() over (partition by user_id, thread_id order by ts, email_id) as n
        from app_mail
        where thread_id is not null and company_name is not null
    )
    where n = 1
),

thread_role as (
    select user_id, thread_id, role_title
    from (
        select
            user_id,
            thread_id,
            role_title,
            row_number() over (partition by user_id, thread_id order by ts, email_id) as n
        from app_mail
        where thread_id is not null and role_title is not null
    )
    where n = 1
),

by_thread as (
    select m.user_id, m.email_id, tc.company_name, tr.role_title
    from mail as m
    inner join threads as t
        on m.user_id = t.user_id and m.thread_id = t.thread_id
    left join thread_company as tc
        on m.user_id = tc.user_id and m.thread_id = tc.thread_id
    left join thread_role as tr
        on m.user_id = tr.user_id and m.thread_id = tr.thread_id
    where m.ts >= t.since
        and not m.settled
        and not (m.bulk and m.label = 'job_alert')
),

-- the employers' own domains, from application mail a person there wrote
-- or that the person sent there, where the domain reads as the employer's
-- name (an ATS's or agency's domain does not)
employer_mail as (
    select
        user_id, email_id, from_domain as domain, company_name, role_title, ts, event_type,
        from_name
    from app_mail
    where not outgoing and personal and not tool and from_domain is not null
        and jt_domain_matches(from_domain, company_name)
    union all
    select
        user_id, email_id, to_domain as domain, company_name, role_title, ts, event_type,
        cast(null as varchar) as from_name
    from app_mail
    where outgoing and to_domain is not null and jt_domain_matches(to_domain, company_name)
),

-- for each not-yet-application mail from such a domain, the employer's
-- latest application mail before it
latest_before as (
    select
        m.user_id,
        m.email_id,
        d.company_name,
        d.role_title,
        d.event_type as last_event,
        d.ts as last_ts,
        m.ts,
        row_number() over (
            partition by m.user_id, m.email_id order by d.ts desc, d.email_id desc
        ) as n
    from mail as m
    inner join employer_mail as d
        on m.user_id = d.user_id and m.from_domain = d.domain
    where m.label = 'not_job'
        and not m.outgoing
        and not m.tool
        and m.personal
        and not m.bulk
        and not m.settled
        and d.ts <= m.ts
),

by_employer as (
    select user_id, email_id, company_name, role_title
    from latest_before
    where n = 1
        and last_event not in ('rejected', 'withdrawn')
        and ts <= last_ts + interval '120 days'
        and (last_event <> 'offer' or ts <= last_ts + interval '30 days')
),

-- application mail that names no employer, from no employer's domain,
-- and the employer mail whose writer it names
by_person as (
    select user_id, email_id, company_name, role_title
    from (
        select
            m.user_id,
            m.email_id,
            d.company_name,
            d.role_title,
            row_number() over (
                partition by m.user_id, m.email_id order by d.ts desc, d.email_id desc
            ) as n
        from mail as m
        inner join employer_mail as d
            on m.user_id = d.user_id
            and d.ts <= m.ts
            and d.ts >= m.ts - interval '60 days'
        where (m.label = 'application' or (m.label = 'not_job' and m.tool))
            and (m.company_name is null or (m.tool and m.company_guessed))
            and (m.from_domain is null or m.tool)
            and not m.outgoing
            and not m.settled
            and d.from_name is not null
            and strpos(trim(d.from_name), ' ') > 0
            and strpos(m.head, lower(trim(d.from_name))) > 0
    )
    where n = 1
),

final as (
    select
        m.user_id,
        m.email_id,
        case
            when t.email_id is not null or b.email_id is not null or p.email_id is not null
            then 'application'
            else m.label
        end as label,
        case
            when m.label = 'application' then m.event_type
            when t.email_id is not null or b.email_id is not null or p.email_id is not null
            then coalesce(m.event_hint, 'update')
            else m.event_type
        end as event_type,
        case
            when m.label = 'application' or t.email_id is not null or b.email_id is not null
                or p.email_id is not null
            then coalesce(
                case when m.tool and m.company_guessed then p.company_name end,
                m.company_name,
                t.company_name,
                b.company_name,
                p.company_name
            )
            else m.company_name
        end as company_name,
        case
            when m.label = 'application' or t.email_id is not null or b.email_id is not null
                or p.email_id is not null
            then coalesce(m.role_title, t.role_title, b.role_title, p.role_title)
            else m.role_title
        end as role_title,
        m.requisition_id,
        m.location,
        m.job_posting_url,
        m.posting_id,
        m.source,
        m.applied_at,
        m.confidence,
        m.label_confidence,
        m.event_confidence,
        m.company_confidence,
        m.role_confidence,
        m.extractor,
        case
            when m.friend_mail and t.email_id is null
            then array_append(m.reasons, 'context:friend')
            when m.agency_step
            then array_append(m.reasons, 'context:agency')
            when m.label <> 'application' and t.email_id is not null
            then array_append(m.reasons, 'context:thread')
            when m.label <> 'application' and b.email_id is not null
            then array_append(m.reasons, 'context:employer')
            when p.email_id is not null
            then array_append(m.reasons, 'context:person')
            else m.reasons
        end as reasons,
        m.classifier_version
    from mail as m
    left join by_thread as t
        on m.user_id = t.user_id and m.email_id = t.email_id
    left join by_employer as b
        on m.user_id = b.user_id and m.email_id = b.email_id
    left join by_person as p
        on m.user_id = p.user_id and m.email_id = p.email_id
)

select * from final
