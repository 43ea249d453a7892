-- users: one row per person whose mail is stored (the seed's Users table).
-- primary_email is the address most of their mail was sent to; tokens are
-- never here (they live encrypted in the token store), so token_reference
-- names the accounts whose tokens the store holds.
with

recipients as (
    select user_id, lower(address) as address, count(*) as n
    from (select user_id, unnest(to_addresses) as address from stg_emails)
    group by user_id, lower(address)
),

primary_address as (
    select user_id, address
    from (
        select
            user_id,
            address,
            row_number() over (partition by user_id order by n desc, address) as rn
        from recipients
    )
    where rn = 1
),

accounts as (
    select
        user_id,
        array_to_string(array_sort(array_agg(distinct source)), ',') as email_provider,
        array_to_string(array_sort(array_agg(distinct account)), ',') as accounts,
        cast(count(distinct account) as int) as account_count,
        cast(count(*) as bigint) as email_count,
        min(received_at) as first_email_at,
        max(received_at) as last_email_at
    from stg_emails
    group by user_id
),

final as (
    select
        a.user_id,
        p.address as primary_email,
        a.email_provider,
        a.accounts,
        cast(null as varchar) as token_reference,
        a.account_count,
        a.email_count,
        a.first_email_at as created_at,
        a.last_email_at as updated_at
    from accounts as a
    left join primary_address as p
        on a.user_id = p.user_id
)

select * from final
order by user_id
