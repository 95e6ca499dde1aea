-- Budgets say what their lines are (fr.recueil.chapter.content.BudgetKind): the parts of a total (the
-- total is printed) or separate amounts (no total), and a line may be a "dont" line of the line above
-- (printed indented, never added). Until now every budget printed the sum of its lines, whatever they
-- meant: "Montant annuel de l'allocation RSA" plus "Budget global DASIPE" made a total of nothing.
--
-- Nobody ever said that the lines of an existing budget add up, so they become separate amounts, and
-- a line beginning with "dont" (after the first) becomes a "dont" line of the line above. A direction
-- that wants its total back says so in the editor. The immutable revisions are left as they are: the
-- application reads a budget without a kind by this same rule (BudgetBlock).
update chapter c
set content = (
    select jsonb_set(c.content::jsonb, '{blocks}', jsonb_agg(
        case
            when b ->> 'type' = 'BUDGET' and b -> 'kind' is null then
                b || jsonb_build_object(
                    'kind', 'SEPARATE_AMOUNTS',
                    'lines', coalesce((
                        select jsonb_agg(l || jsonb_build_object('detail',
                                   n > 1 and coalesce(l ->> 'label', '') ~* '^\s*dont\M')
                               order by n)
                        from jsonb_array_elements(coalesce(b -> 'lines', '[]'::jsonb)) with ordinality as line(l, n)
                    ), '[]'::jsonb))
            else b
        end order by i))::text
    from jsonb_array_elements(c.content::jsonb -> 'blocks') with ordinality as block(b, i)
)
where c.content like '%"BUDGET"%'
  and jsonb_typeof(c.content::jsonb -> 'blocks') = 'array'
  and jsonb_array_length(c.content::jsonb -> 'blocks') > 0;
