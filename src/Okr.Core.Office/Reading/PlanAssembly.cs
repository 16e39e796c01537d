namespace Okr.Core.Office;

/// <summary>Builds the plan from the drafts: each objective's period (its quarter, else the options', else the calendar
/// quarter of its first check-in or of its due day), its alignment resolved by id or title, the check-ins of a
/// check-ins sheet for key results whose kind the sheet named, and the initiatives of an initiatives sheet by key result
/// id.</summary>
internal static class PlanAssembly
{
    public static OkrPlan Build(List<ObjectiveDraft> drafts, WorkbookReadOptions options, RowProblems problems, ScoringConfiguration? scoring, Dictionary<string, List<CheckIn>>? checkIns, Dictionary<string, List<Initiative>>? initiatives)
    {
        var byId = drafts.ToDictionary(d => d.Id, StringComparer.Ordinal);
        var keyResultIds = new HashSet<string>(drafts.SelectMany(d => d.KeyResults).Select(k => k.Id), StringComparer.Ordinal);
        var work = initiatives is null ? null : WorkOf(initiatives, byId, keyResultIds, problems);
        var byTitle = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var draft in drafts)
        {
            byTitle.TryAdd(draft.Title, draft.Id);
        }

        var objectives = new List<Objective>(drafts.Count);
        foreach (var draft in drafts)
        {
            var period = PeriodOf(draft, options);
            if (period is null)
            {
                problems.Add(new WorkbookProblem(problems.Sheet, draft.Cell, $"the objective '{draft.Title}' has no period: add a Quarter column (2026-Q2) or pass WorkbookReadOptions.Period; skipped with its {draft.KeyResults.Count} key result(s).", WorkbookProblemSeverity.Error));
                continue;
            }

            objectives.Add(new Objective
            {
                Id = draft.Id,
                Title = draft.Title,
                Period = period.Value,
                Owner = draft.Owner,
                Weight = draft.Weight,
                Contributes = draft.Contributes,
                Alignment = AlignmentOf(draft, byId, keyResultIds, byTitle, problems),
                KeyResults = [.. draft.KeyResults.Select(k => KeyResultOf(k, checkIns, work))],
            });
        }

        try
        {
            return new OkrPlan(objectives, scoring);
        }
        catch (InvalidPlanException e)
        {
            problems.Add(new WorkbookProblem(problems.Sheet, "A1", $"the alignment column makes the plan invalid ({e.Message}); every alignment is dropped.", WorkbookProblemSeverity.Warning));
            return new OkrPlan(objectives.Select(o => o with { Alignment = Alignment.None }), scoring);
        }
    }

    /// <summary>The initiatives by key result id, without those of an unknown key result or whose id (or a task's) an
    /// objective or key result already uses (each reported).</summary>
    private static Dictionary<string, List<Initiative>> WorkOf(Dictionary<string, List<Initiative>> initiatives, Dictionary<string, ObjectiveDraft> objectives, HashSet<string> keyResults, RowProblems problems)
    {
        var kept = new Dictionary<string, List<Initiative>>(initiatives.Count, StringComparer.Ordinal);
        foreach (var (keyResultId, list) in initiatives)
        {
            if (!keyResults.Contains(keyResultId))
            {
                problems.Add(new WorkbookProblem(WorkbookSheets.Initiatives, "D1", $"'{keyResultId}' names no key result of the scorecard; its {list.Count} initiative(s) are left out.", WorkbookProblemSeverity.Warning));
                continue;
            }

            var clean = new List<Initiative>(list.Count);
            foreach (var initiative in list)
            {
                bool Taken(string id) => objectives.ContainsKey(id) || keyResults.Contains(id);
                if (Taken(initiative.Id) || initiative.WorkItems.Any(t => Taken(t.Id)))
                {
                    problems.Add(new WorkbookProblem(WorkbookSheets.Initiatives, "B1", $"the initiative '{initiative.Id}' (or one of its tasks) has the id of an objective or key result; it is left out.", WorkbookProblemSeverity.Warning));
                    continue;
                }

                clean.Add(initiative);
            }

            kept[keyResultId] = clean;
        }

        return kept;
    }

    private static KeyResult KeyResultOf(KeyResultDraft draft, Dictionary<string, List<CheckIn>>? checkIns, Dictionary<string, List<Initiative>>? work)
    {
        // A key result whose kind the scorecard named takes its whole history from the check-ins sheet (none when the
        // sheet has no row for it); any other keeps the one check-in its row gave.
        var history = draft.KindNamed && checkIns is not null ? checkIns.GetValueOrDefault(draft.Id) ?? [] : draft.CheckIns;
        return new KeyResult
        {
            Id = draft.Id,
            Title = draft.Title,
            Kind = draft.Kind,
            Owner = draft.Owner,
            Weight = draft.Weight,
            Contributes = draft.Contributes,
            CheckIns = [.. history],
            Initiatives = work?.GetValueOrDefault(draft.Id) is { } initiatives ? [.. initiatives] : [],
        };
    }

    private static Period? PeriodOf(ObjectiveDraft draft, WorkbookReadOptions options)
    {
        if ((draft.Period ?? options.Period) is { } known)
        {
            return known;
        }

        var firstDay = draft.KeyResults.SelectMany(k => k.CheckIns).Select(c => (DateOnly?)c.Day).Min();
        var due = draft.Due ?? draft.KeyResults.Select(k => k.Due).Max();
        return firstDay is { } day ? Period.QuarterContaining(day)
            : due is { } end ? Period.QuarterContaining(end)
            : options.CheckInDate is { } checkIn ? Period.QuarterContaining(checkIn)
            : null;
    }

    private static Alignment AlignmentOf(ObjectiveDraft draft, Dictionary<string, ObjectiveDraft> byId, HashSet<string> keyResultIds, Dictionary<string, string> byTitle, RowProblems problems)
    {
        if (draft.AlignedTo is not { } text)
        {
            return Alignment.None;
        }

        if (text.StartsWith("objective:", StringComparison.OrdinalIgnoreCase))
        {
            text = text["objective:".Length..];
        }
        else if (text.StartsWith("key-result:", StringComparison.OrdinalIgnoreCase) && keyResultIds.Contains(text["key-result:".Length..]))
        {
            return Alignment.ToKeyResult(text["key-result:".Length..]);
        }

        if (byId.ContainsKey(text) && text != draft.Id)
        {
            return Alignment.ToObjective(text);
        }

        if (keyResultIds.Contains(text))
        {
            return Alignment.ToKeyResult(text);
        }

        if (byTitle.TryGetValue(text, out string? id) && id != draft.Id)
        {
            return Alignment.ToObjective(id);
        }

        problems.Add(new WorkbookProblem(problems.Sheet, draft.AlignedToCell ?? draft.Cell, $"'{draft.AlignedTo}' names no objective or key result of the sheet; the objective is read without alignment.", WorkbookProblemSeverity.Warning));
        return Alignment.None;
    }
}
