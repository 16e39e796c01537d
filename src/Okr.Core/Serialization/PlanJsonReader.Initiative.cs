using System.Text.Json;

namespace Okr.Core.Serialization;

/// <content>Reads an initiative (its work items: <c>.WorkItem</c>).</content>
internal sealed partial class PlanJsonReader
{
    private static readonly JsonNameSet InitiativeShape = JsonNameSet.Of(JsonName.Id, JsonName.Title, JsonName.Owner, JsonName.Start, JsonName.Due, JsonName.Weight, JsonName.Contributes, JsonName.PercentComplete, JsonName.Link, JsonName.WorkItems);

    private Initiative ReadInitiative(ref Utf8JsonReader r)
    {
        ExpectObject(ref r);
        Reset(LeafLevel);
        var seen = default(JsonNameSet);
        string? id = null, title = null, owner = null;
        DateOnly? start = null, due = null;
        var weight = ContributionWeight.Default;
        bool contributes = true;
        decimal? percent = null;
        ExternalLink? link = null;
        var workItems = workItemBuffer;
        workItems.Clear();
        while (NextProperty(ref r, InitiativeShape, ref seen, out var property, out string name))
        {
            switch (property)
            {
                case JsonName.Id: id = ReadId(ref r); break;
                case JsonName.Title: title = ReadString(ref r); break;
                case JsonName.Owner: owner = ReadOptionalString(ref r); break;
                case JsonName.Start: start = IsNull(ref r) ? null : ReadDay(ref r); break;
                case JsonName.Due: due = IsNull(ref r) ? null : ReadDay(ref r); break;
                case JsonName.Weight: weight = ReadWeight(ref r, LeafLevel); break;
                case JsonName.Contributes: contributes = ReadBoolean(ref r); break;
                case JsonName.PercentComplete: percent = IsNull(ref r) ? null : ReadDecimal(ref r); break;
                case JsonName.Link: link = IsNull(ref r) ? null : ReadLink(ref r, LeafLevel); break;
                case JsonName.WorkItems:
                    ExpectArray(ref r);
                    for (int i = 0; NextItem(ref r); i++)
                    {
                        path.Push(i);
                        workItems.Add(ReadWorkItem(ref r));
                        path.Pop();
                    }

                    break;
                default: AddUnknown(ref r, LeafLevel, string.Empty, name); break;
            }

            path.Pop();
        }

        Require(id, JsonName.Id);
        Require(title, JsonName.Title);
        return new Initiative
        {
            Id = id!,
            Title = title!,
            Owner = owner,
            Start = start,
            Due = due,
            Weight = weight,
            Contributes = contributes,
            PercentComplete = percent,
            Link = link,
            WorkItems = workItems.ToImmutable(),
            UnknownProperties = Take(LeafLevel),
        };
    }
}
