namespace Okr.Core.Office;

/// <summary>The tolerant header names: a header is compared with case, spaces and punctuation removed (a <c>%</c> is
/// kept), so <c>Key Result</c>, <c>key_result</c> and <c>KEY-RESULT</c> all match.</summary>
internal static class HeaderNames
{
    private static readonly Dictionary<string, WorkbookField> Known = Build();

    public static WorkbookField? Match(string header) =>
        Known.TryGetValue(Normalize(header), out var field) ? field : null;

    public static string Normalize(string header)
    {
        bool same = true;
        foreach (char c in header)
        {
            if (!(char.IsLetterOrDigit(c) || c == '%') || char.ToLowerInvariant(c) != c)
            {
                same = false;
                break;
            }
        }

        if (same)
        {
            return header; // already normalized (kind names, written words): no copy
        }

        Span<char> text = header.Length <= 256 ? stackalloc char[header.Length] : new char[header.Length];
        int length = 0;
        foreach (char c in header)
        {
            if (char.IsLetterOrDigit(c) || c == '%')
            {
                text[length++] = char.ToLowerInvariant(c);
            }
        }

        return new string(text[..length]);
    }

    private static Dictionary<string, WorkbookField> Build()
    {
        var names = new (WorkbookField Field, string[] Names)[]
        {
            (WorkbookField.Objective, ["objective", "objectives", "goal", "goals", "objectivetitle", "objectivename"]),
            (WorkbookField.KeyResult, ["keyresult", "keyresults", "kr", "krs", "measure", "keyresulttitle", "keyresultname", "kpi"]),
            (WorkbookField.Title, ["title", "name", "okr", "okrs", "item", "objectivekeyresult", "objectiveorkeyresult", "objectivesandkeyresults"]),
            (WorkbookField.Type, ["type", "level", "itemtype", "row", "rowtype"]),
            (WorkbookField.Id, ["id", "key", "okrid", "itemid"]),
            (WorkbookField.Owner, ["owner", "owners", "responsible", "assignee", "lead", "dri", "accountable"]),
            (WorkbookField.Start, ["start", "baseline", "startvalue", "initial", "initialvalue", "startingvalue", "from"]),
            (WorkbookField.Target, ["target", "targetvalue", "goalvalue", "to", "targetgoal"]),
            (WorkbookField.Current, ["current", "actual", "currentvalue", "actualvalue", "value", "achieved", "result"]),
            (WorkbookField.Progress, ["progress", "%", "percent", "%complete", "progress%", "%progress", "completion", "percentcomplete", "%done", "%achieved"]),
            (WorkbookField.Unit, ["unit", "units", "uom"]),
            (WorkbookField.Confidence, ["confidence", "confidencelevel", "confidence%"]),
            (WorkbookField.Status, ["status", "health", "state", "rag"]),
            (WorkbookField.Due, ["due", "duedate", "deadline", "end", "enddate", "targetdate"]),
            (WorkbookField.Updated, ["updated", "lastupdated", "updatedon", "asof", "date", "checkin", "lastcheckin", "checkindate", "lastupdate"]),
            (WorkbookField.Weight, ["weight", "weighting", "weight%"]),
            (WorkbookField.Notes, ["notes", "note", "comment", "comments", "remarks", "lastnote"]),
            (WorkbookField.Team, ["team", "department", "group"]),
            (WorkbookField.Quarter, ["quarter", "period", "cycle", "timeframe"]),
            (WorkbookField.AlignedTo, ["alignedto", "parent", "parentid", "alignment"]),
            (WorkbookField.Counts, ["counts", "contributes", "inrollup", "countsinrollup", "countsinparent"]),
            (WorkbookField.Kind, ["kind", "krtype", "keyresultkind", "measuretype", "metrictype"]),
        };
        var map = new Dictionary<string, WorkbookField>(StringComparer.Ordinal);
        foreach (var (field, list) in names)
        {
            foreach (string name in list)
            {
                map[name] = field;
            }
        }

        return map;
    }
}
