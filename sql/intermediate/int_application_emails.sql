-- int_application_emails: one row per application email, with the
-- application it belongs to. The grouping rule, in order:
--   1. an email whose thread already names a company and role joins that
--      thread's application;
--   2. else one with a posting id seen before at the same employer joins the
--      application of that posting;
--   3. else it goes by employer (jt_company_key; names jt_company_similar
--      puts together, such as "Harrow Pharma" and "Harrow Pharmaceuticals",
--      are one employer, named by the earliest) and role (jt_role_key); roles
--      of one employer that jt_role_similarity puts at {{ role_similarity }} or
--      more are one role, named by the earliest;
--   3b. mail that names a role but no employer (Indeed, scheduling tools)
--      joins the application of a known employer with that role (same last
--      word, jt_role_similarity >= {{ role_similarity }}) nearest in time,
--      within the window;
--   4. mail that names no role joins the application at that employer in its
--      thread, else one whose role its text mentions (jt_role_words), else the
--      one with the most recent mail before it, else the nearest after it,
--      else an employer-only application.
-- Re-application: an 'applied' email after a rejection or withdrawal, or
-- more than {{ window_days }} days after the previous mail of the same
-- employer and role, starts a new application (the "cycle" column).
-- application_id hashes user, employer key, role key and cycle, so it stays
-- the same when mail is added later. Corrections split emails off or merge
-- one application into another. Steps 1 to 3 (the employer and role keys)
-- are computed in int_application_keys.
with

keyed as (
    select * from int_application_keys
),

roles as (
    select user_id, company_key, role_key, min(ts) as first_ts
    from keyed
    where role_key is not null
    group by user_id, company_key, role_key
),

canonical as (
    select user_id, company_key, role_key, canonical_role
    from (
        select
            a.user_id,
            a.company_key,
            a.role_key,
            b.role_key as canonical_role,
            row_number() over (
                partition by a.user_id, a.company_key, a.role_key
                order by b.first_ts nulls last, b.role_key
            ) as rn
        from roles as a
        inner join roles as b
            on a.user_id = b.user_id
            and a.company_key = b.company_key
            and jt_role_similarity(a.role_key, b.role_key) >= {{ role_similarity }}
    )
    where rn = 1
),

placed_own as (
    select k.*, c.canonical_role
    from keyed as k
    inner join canonical as c
        on k.user_id = c.user_id
        and k.company_key = c.company_key
        and k.role_key = c.role_key
),

known_apps as (
    select user_id, company_key, canonical_role, min(ts) as first_ts, max(ts) as last_ts
    from placed_own
    where company_key not like '#%'
    group by user_id, company_key, canonical_role
),

orphan_match as (
    select user_id, email_id, company_key, canonical_role
    from (
        select
            o.user_id,
            o.email_id,
            a.company_key,
            a.canonical_role,
            row_number() over (
                partition by o.user_id, o.email_id
                order by
                    jt_role_similarity(o.canonical_role, a.canonical_role) desc,
                    case
                        when o.ts < a.first_ts then date_part('epoch', a.first_ts) - date_part('epoch', o.ts)
                        when o.ts > a.last_ts then date_part('epoch', o.ts) - date_part('epoch', a.last_ts)
                        else 0
                    end,
                    a.company_key
            ) as rn
        from placed_own as o
        inner join known_apps as a
            on o.user_id = a.user_id
            -- candidates share the role's last word (engineer, analyst, ...)
            and reverse(split_part(reverse(o.canonical_role), ' ', 1))
                = reverse(split_part(reverse(a.canonical_role), ' ', 1))
            and o.ts >= a.first_ts - interval '{{ window_days }} days'
            and o.ts <= a.last_ts + interval '{{ window_days }} days'
            and jt_role_similarity(o.canonical_role, a.canonical_role) >= {{ role_similarity }}
        where o.company_key like '#%'
    )
    where rn = 1
),

placed as (
    select
        p.user_id,
        p.email_id,
        p.thread_id,
        p.subject,
        p.from_address,
        p.text_head,
        p.ts,
        p.event_type,
        p.company_name,
        p.role_title,
        p.location,
        p.job_posting_url,
        p.posting_id,
        p.source,
        p.applied_at,
        p.confidence,
        p.extractor,
        p.own_company_key,
        p.own_role_key,
        p.known_company_key,
        coalesce(om.company_key, p.company_key) as company_key,
        p.role_key,
        coalesce(om.canonical_role, p.canonical_role) as canonical_role
    from placed_own as p
    left join orphan_match as om
        on p.user_id = om.user_id and p.email_id = om.email_id
),

roleless_pairs as (
    select
        r.user_id,
        r.email_id,
        p.canonical_role,
        p.email_id as placed_email_id,
        case when p.thread_id = r.thread_id then 0 else 1 end as by_thread,
        case when strpos(r.text_head, ' ' || p.canonical_role || ' ') > 0 then 0 else 1 end
            as by_mention,
        case when coalesce(p.ts <= r.ts, false) then 0 else 1 end as by_before,
        abs(coalesce(date_part('epoch', p.ts), 0) - coalesce(date_part('epoch', r.ts), 0))
            as distance
    from keyed as r
    inner join placed as p
        on r.user_id = p.user_id and r.company_key = p.company_key
    where r.role_key is null
),

roleless_match as (
    select email_id, user_id, canonical_role
    from (
        select
            user_id,
            email_id,
            canonical_role,
            row_number() over (
                partition by user_id, email_id
                order by by_thread, by_mention, by_before, distance, placed_email_id
            ) as rn
        from roleless_pairs
    )
    where rn = 1
),

assigned as (
    select * from placed
    union all
    select k.*, rm.canonical_role
    from keyed as k
    left join roleless_match as rm
        on k.user_id = rm.user_id and k.email_id = rm.email_id
    where k.role_key is null
),

ordered as (
    select
        a.*,
        lag(ts) over w_prev as prev_ts,
        max(case when event_type in ('rejected', 'withdrawn') then ts end) over w_before as last_terminal_ts,
        max(case when event_type = 'applied' then ts end) over w_before as last_applied_ts
    from assigned as a
    window
        w_prev as (
            partition by user_id, company_key, canonical_role order by ts nulls first, email_id
        ),
        w_before as (
            partition by user_id, company_key, canonical_role order by ts nulls first, email_id
            rows between unbounded preceding and 1 preceding
        )
),

cycled as (
    select
        o.*,
        sum(
            case
                when event_type = 'applied'
                    and (
                        (last_terminal_ts is not null
                            and (last_applied_ts is null or last_applied_ts <= last_terminal_ts))
                        or prev_ts < ts - interval '{{ window_days }} days'
                    )
                then 1 else 0
            end
        ) over (
            partition by user_id, company_key, canonical_role order by ts nulls first, email_id
            rows between unbounded preceding and current row
        ) as cycle
    from ordered as o
),

keyed_ids as (
    select
        c.*,
        jt_id(
            user_id || '|' || company_key || '|' || coalesce(canonical_role, '') || '|'
            || cast(cycle as varchar)
        ) as computed_application_id
    from cycled as c
),

splits as (
    select user_id, email_id, into_application_id
    from int_corrections
    where action = 'split'
),

merges as (
    select user_id, application_id, into_application_id
    from int_corrections
    where action = 'merge'
),

final as (
    select
        k.user_id,
        k.email_id,
        coalesce(s.into_application_id, m.into_application_id, k.computed_application_id)
            as application_id,
        k.thread_id,
        k.event_type,
        k.ts as event_timestamp,
        k.subject,
        k.from_address,
        k.company_name,
        k.role_title,
        k.location,
        k.job_posting_url,
        k.posting_id,
        k.source,
        k.applied_at,
        k.confidence,
        k.extractor,
        k.company_key,
        k.canonical_role as role_key,
        cast(k.cycle as int) as cycle
    from keyed_ids as k
    left join splits as s
        on k.user_id = s.user_id and k.email_id = s.email_id
    left join merges as m
        on k.user_id = m.user_id and k.computed_application_id = m.application_id
)

select * from final
order by application_id, event_timestamp nulls first, email_id
