-- int_emails_enriched: one row per email: int_emails_corrected read with
-- its message (stg_emails): thread, sender and first recipient, their
-- employer domains, subject and snippet, attachments, bulk, and flags the
-- second pass of classification (int_emails_in_context) reads many times:
-- a person's address or a role address, the person's own mail, a
-- scheduling/assessment/e-signature tool's, an employer that is a guess,
-- the event the words hint at, settled (corrected or answered by the LLM).
-- Its first two steps of context are made here:
-- * Friends: mail from or to a free-mail address the person wrote mail that
--   is not about a job to is not job mail either (a friend's news of their
--   own interview, the person's reply to it).
-- * Agencies: in a thread a recruiter's outreach opened, the person's reply
--   that sends a file (their CV) applies (event applied), so the thread's
--   later mail is the application's (a recruiter's invitation to talk,
--   before it, stays outreach).
-- A table of its own so these joins run once: as a CTE of
-- int_emails_in_context, DataFusion planned them again for each of the
-- dozen places that read it. A rewrite of the whole table from its inputs,
-- so a rerun gives the same rows.
with

mail_read as (
    select
        c.*,
        e.thread_id,
        lower(e.from_address) as from_lower,
        lower(e.to_addresses[1]) as to_lower,
        e.attachment_count,
        coalesce(e.received_at, c.applied_at) as ts,
        coalesce(e.has_list_unsubscribe, false) as bulk,
        jt_employer_domain(e.from_address) as from_domain,
        e.from_name,
        lower(coalesce(e.subject, '') || ' ' || coalesce(e.snippet, '')) as head,
        jt_employer_domain(e.to_addresses[1]) as to_domain,
        -- a person's address, not a role, list or no-reply one
        not regexp_like(
            split_part(coalesce(e.from_address, ''), '@', 1),
            '^(no[-_.]?reply|do[-_.]?not[-_.]?reply|ne[-_.]pas[-_.]repondre|newsletters?|news|info|hello|hola|hallo|bonjour|ciao|service|services|notifications?|notify|alerts?|mailer|marketing|support|team|bureau|contact|office|admin|updates?|digest|events?|community|membership|billing|accounts?)([-_.+].*)?$',
            'i'
        ) as personal,
        array_has(c.reasons, 'outgoing') as outgoing,
        -- sent by a scheduling, assessment or e-signature tool
        (array_has(c.reasons, 'sender:scheduling')
            or array_has(c.reasons, 'sender:assessment')
            or array_has(c.reasons, 'sender:esign')) as tool,
        -- its employer is a guess (a time zone, a person's name) or the
        -- sender's own name (DocuSign, which hires too, so is no platform
        -- name); what a tool's mail gives as its employer often is
        coalesce(c.company_confidence, 0) < 0.5
            or coalesce(regexp_like(
                lower(e.from_address), '[@.]' || jt_company_key(c.company_name) || '\.[a-z]+$'
            ), false) as company_guessed,
        case
            when array_has(c.reasons, 'event-hint:rejected') then 'rejected'
            when array_has(c.reasons, 'event-hint:withdrawn') then 'withdrawn'
            when array_has(c.reasons, 'event-hint:offer') then 'offer'
            when array_has(c.reasons, 'event-hint:assessment') then 'assessment'
            when array_has(c.reasons, 'event-hint:interview') then 'interview'
            when array_has(c.reasons, 'event-hint:applied') then 'applied'
        end as event_hint,
        c.extractor in ('correction', 'llm') as settled
    from int_emails_corrected as c
    inner join stg_emails as e
        on c.user_id = e.user_id and c.email_id = e.email_id
),

-- the person's friends: free-mail addresses the person wrote mail to that
-- is not about a job
friends as (
    select distinct user_id, to_lower as address
    from mail_read
    where outgoing and label = 'not_job' and to_domain is null and strpos(to_lower, '@') > 0
),

-- mail from or to a friend is not job mail (a friend's news of their own
-- interview, the person's reply), unless corrected or answered by the LLM
mail_f as (
    select
        m.* replace (
            case when f.address is not null then 'not_job' else m.label end as label,
            case when f.address is null then m.event_type end as event_type,
            case when f.address is null then m.company_name end as company_name,
            case when f.address is null then m.role_title end as role_title
        ),
        f.address is not null as friend_mail
    from mail_read as m
    left join friends as f
        on m.user_id = f.user_id
        and f.address = case when m.outgoing then m.to_lower else m.from_lower end
        and not m.settled
        and m.label in ('application', 'recruiter_outreach')
),

-- threads a recruiter's outreach opened
outreach_threads as (
    select distinct user_id, thread_id
    from mail_f
    where label = 'recruiter_outreach' and thread_id is not null
),

-- in such a thread, the person's reply that sends a file (their CV) applies
-- through the recruiter; the thread's later mail is then the application's
-- (by_thread below). A recruiter's invitation alone stays outreach.
mail as (
    select
        m.* replace (
            case when o.thread_id is not null then 'application' else m.label end as label,
            case when o.thread_id is not null then 'applied' else m.event_type end as event_type
        ),
        o.thread_id is not null as agency_step
    from mail_f as m
    left join outreach_threads as o
        on m.user_id = o.user_id
        and m.thread_id = o.thread_id
        and not m.settled
        and m.label in ('recruiter_outreach', 'not_job')
        and not m.friend_mail
        and m.outgoing
        and m.attachment_count > 0
)

select * from mail
