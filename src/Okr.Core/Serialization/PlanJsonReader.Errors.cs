using System.Text;
using System.Text.Json;
using Okr.Core.Scoring;

namespace Okr.Core.Serialization;

/// <content>Turns what went wrong into an <see cref="OkrJsonException"/> that names the place in the document.</content>
internal sealed partial class PlanJsonReader
{
    private OkrJsonException Error(OkrJsonProblem problem, string message, Exception? inner = null) =>
        new(problem, path.ToString(), message, inner);

    private OkrJsonException WrongType(string expected, JsonTokenType found) =>
        Error(OkrJsonProblem.WrongType, $"expected {expected} but found {Describe(found)}.");

    private static string Describe(JsonTokenType token) => token switch
    {
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "an array",
        JsonTokenType.String => "a string",
        JsonTokenType.Number => "a number",
        JsonTokenType.True or JsonTokenType.False => "a Boolean",
        JsonTokenType.Null => "null",
        _ => token.ToString(),
    };

    private OkrJsonException FromReader(JsonException e)
    {
        bool tooDeep = e.Message.Contains("maximum configured depth", StringComparison.OrdinalIgnoreCase);
        string where = e.LineNumber is { } line ? string.Create(CultureInfo.InvariantCulture, $" (line {line + 1}, byte {e.BytePositionInLine + 1})") : string.Empty;
        return tooDeep
            ? Error(OkrJsonProblem.TooDeep, $"the document nests deeper than the maximum depth of {options.MaxDepth}{where}.", e)
            : Error(OkrJsonProblem.Malformed, $"the text is not well-formed JSON{where}: {e.Message}", e);
    }

    private OkrJsonException FromPlan(InvalidPlanException e)
    {
        var problem = e.Problem switch
        {
            PlanProblem.DuplicateId => OkrJsonProblem.DuplicateId,
            PlanProblem.DanglingReference => OkrJsonProblem.DanglingReference,
            _ => OkrJsonProblem.AlignmentCycle,
        };
        string at = "$";
        if (!e.ItemIds.IsEmpty)
        {
            var found = Locate(e.ItemIds[0], last: problem == OkrJsonProblem.DuplicateId);
            if (found is { } p)
            {
                at = p.ToPath() + (problem, p.Kind) switch
                {
                    (OkrJsonProblem.DuplicateId, _) => ".id",
                    (_, OkrItemKind.Objective) => ".alignment.targetId",
                    (_, OkrItemKind.KeyResult) => ".parentKeyResultId",
                    (_, OkrItemKind.WorkItem) => ".dependsOn",
                    _ => string.Empty,
                };
            }
        }

        return new OkrJsonException(problem, at, e.Message, e, e.ItemIds);
    }

    /// <summary>Where the read items have an id, in the order they finished reading (work items, then their
    /// initiative, then its key result, then the objective): the first such item, or the last one.</summary>
    private ItemPosition? Locate(string id, bool last)
    {
        ItemPosition? found = null;
        var objectives = objectivesRead;
        for (int o = 0; objectives is not null && o < objectives.Count; o++)
        {
            var keyResults = objectives[o].KeyResults;
            for (int k = 0; k < keyResults.Length; k++)
            {
                var initiatives = keyResults[k].Initiatives;
                for (int i = 0; i < initiatives.Length; i++)
                {
                    var workItems = initiatives[i].WorkItems;
                    for (int t = 0; t < workItems.Length; t++)
                    {
                        if (Match(workItems[t].Id, new ItemPosition(OkrItemKind.WorkItem, o, k, i, t)))
                        {
                            return found;
                        }
                    }

                    if (Match(initiatives[i].Id, new ItemPosition(OkrItemKind.Initiative, o, k, i, -1)))
                    {
                        return found;
                    }
                }

                if (Match(keyResults[k].Id, new ItemPosition(OkrItemKind.KeyResult, o, k, -1, -1)))
                {
                    return found;
                }
            }

            if (Match(objectives[o].Id, new ItemPosition(OkrItemKind.Objective, o, -1, -1, -1)))
            {
                return found;
            }
        }

        return found;

        // Records a match; true when the search is over (the first match is wanted).
        bool Match(string itemId, ItemPosition position)
        {
            if (itemId != id)
            {
                return false;
            }

            found = position;
            return !last;
        }
    }

    private readonly record struct ItemPosition(OkrItemKind Kind, int Objective, int KeyResult, int Initiative, int WorkItem)
    {
        public string ToPath()
        {
            var text = new StringBuilder("$.objectives[").Append(Objective).Append(']');
            if (KeyResult >= 0)
            {
                text.Append(".keyResults[").Append(KeyResult).Append(']');
            }

            if (Initiative >= 0)
            {
                text.Append(".initiatives[").Append(Initiative).Append(']');
            }

            if (WorkItem >= 0)
            {
                text.Append(".workItems[").Append(WorkItem).Append(']');
            }

            return text.ToString();
        }
    }
}
