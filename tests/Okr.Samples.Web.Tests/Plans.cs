namespace Okr.Samples.Web.Tests;

/// <summary>Plan documents for the tests, in the library's JSON format.</summary>
internal static class Plans
{
    public const string Period = "\"period\": {\"start\": \"2026-04-01\", \"end\": \"2026-06-30\"}";

    /// <summary>One objective with one linear key result (0 to 100) and no check-ins.</summary>
    public static string Small(string objectiveId = "o1", string keyResultId = "k1", string title = "Ship the thing") => $$$"""
        {"schemaVersion": 1, "objectives": [
          {"id": "{{{objectiveId}}}", "title": "{{{title}}}", {{{Period}}}, "owner": "ann", "keyResults": [
            {"id": "{{{keyResultId}}}", "title": "Reach 100", "owner": "bob", "kind": {"type": "linear", "direction": "increase", "start": 0, "target": 100}}]}]}
        """;

    /// <summary>Two objectives sharing an id: the plan cannot even be built.</summary>
    public const string DuplicateIds = $$$"""
        {"schemaVersion": 1, "objectives": [
          {"id": "o1", "title": "A", {{{Period}}}, "keyResults": []},
          {"id": "o1", "title": "B", {{{Period}}}, "keyResults": []}]}
        """;

    /// <summary>A buildable plan with two errors (an empty range, a confidence... a second empty range) and a warning (an objective without key results).</summary>
    public const string TwoErrorsOneWarning = $$$"""
        {"schemaVersion": 1, "objectives": [
          {"id": "o1", "title": "A", {{{Period}}}, "owner": "ann", "keyResults": [
            {"id": "k1", "title": "Range", "owner": "bob", "kind": {"type": "range", "lower": 5, "upper": 2}},
            {"id": "k2", "title": "Range", "owner": "bob", "kind": {"type": "range", "lower": 9, "upper": 1}}]},
          {"id": "o2", "title": "Empty", {{{Period}}}, "owner": "ann", "keyResults": []}]}
        """;

    /// <summary>A valid plan with a warning only (an objective without key results).</summary>
    public const string WarningOnly = $$$"""
        {"schemaVersion": 1, "objectives": [{"id": "o1", "title": "Empty", {{{Period}}}, "owner": "ann", "keyResults": []}]}
        """;
}
