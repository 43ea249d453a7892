-- int_application_keys: one row per application email with the keys the
-- grouping joins on: company_key (the employer, with names that
-- jt_company_similar puts together made one and the earliest spelling
-- kept; else the company its thread names; else '#' || thread id) and
-- role_key (the role its thread's first role-naming mail gives at that
-- employer, else the role of the first mail with its posting id, else its
-- own). Its own table so the grouping's later steps, which read these keys
-- several times, do not recompute them (DataFusion inlines every reference
-- to a CTE).
with

mail as (
    select * from int_application_mail
),

companies as (
    select user_id, own_company_key as company_key, min(company_name) as name, min(ts) as first_ts
    from mail
    where own_company_key is not null
    group by user_id, own_company_key
),

company_canonical as (
    select user_id, company_key, canonical_key
    from (
        select
            a.user_id,
            a.company_key,
            b.company_key as canonical_key,
            row_number() over (
                partition by a.user_id, a.company_key
                order by b.first_ts nulls last, b.company_key
            ) as rn
        from companies as a
        inner join companies as b
            on a.user_id = b.user_id
            -- similar names (initials included) share their first letter:
            -- compare only those
            and substr(a.company_key, 1, 1) = substr(b.company_key, 1, 1)
            and (a.company_key = b.company_key or jt_company_similar(a.name, b.name))
    )
    where rn = 1
),

mail_company as (
    select
        m.*,
        cc.canonical_key as known_company_key
    from mail as m
    left join company_canonical as cc
        on m.user_id = cc.user_id and m.own_company_key = cc.company_key
),

thread_company as (
    select user_id, thread_id, known_company_key as company_key
    from (
        select
            user_id,
            thread_id,
            known_company_key,
            row_number() over (
                partition by user_id, thread_id order by ts nulls last, email_id
            ) as rn
        from mail_company
        where known_company_key is not null
    )
    where rn = 1
),

with_company as (
    select
        m.*,
        coalesce(m.known_company_key, tc.company_key, '#' || m.thread_id) as company_key
    from mail_company as m
    left join thread_company as tc
        on m.user_id = tc.user_id and m.thread_id = tc.thread_id
),

thread_anchor as (
    select user_id, thread_id, company_key, own_role_key as role_key
    from (
        select
            user_id,
            thread_id,
            company_key,
            own_role_key,
            row_number() over (
                partition by user_id, thread_id order by ts nulls last, email_id
            ) as rn
        from with_company
        where own_role_key is not null
    )
    where rn = 1
),

posting_anchor as (
    select user_id, company_key, posting_id, own_role_key as role_key
    from (
        select
            user_id,
            company_key,
            posting_id,
            own_role_key,
            row_number() over (
                partition by user_id, company_key, posting_id order by ts nulls last, email_id
            ) as rn
        from with_company
        where posting_id is not null and own_role_key is not null
    )
    where rn = 1
),

keyed as (
    select
        w.*,
        case
            when ta.role_key is not null and ta.company_key = w.company_key then ta.role_key
            when pa.role_key is not null then pa.role_key
            else w.own_role_key
        end as role_key
    from with_company as w
    left join thread_anchor as ta
        on w.user_id = ta.user_id and w.thread_id = ta.thread_id
    left join posting_anchor as pa
        on w.user_id = pa.user_id
        and w.company_key = pa.company_key
        and w.posting_id = pa.posting_id
)

select * from keyed
