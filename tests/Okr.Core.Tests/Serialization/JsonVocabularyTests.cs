using System.Text.Json.Nodes;
using Okr.Core.Serialization;

namespace Okr.Core.Tests.Serialization;

/// <summary>The vocabulary the reader, the writer and the known-name table share (<see cref="JsonName"/>).</summary>
public sealed class JsonVocabularyTests
{
    [Fact]
    public void Vocabulary_IsExactlyTheSchemasPropertyNames()
    {
        var schemaNames = new SortedSet<string>(StringComparer.Ordinal);
        CollectPropertyNames(JsonNode.Parse(File.ReadAllText(RepositoryFiles.Schema)), schemaNames);
        var vocabulary = new SortedSet<string>(JsonNames.Properties.Select(p => p.Text), StringComparer.Ordinal);

        Assert.Equal(schemaNames, vocabulary);
    }

    [Fact]
    public void Vocabulary_FitsTheDuplicatePropertyBits()
    {
        // JsonNameSet keeps one bit per name in 128 bits; a 128th name would silently share a bit.
        Assert.All(Enum.GetValues<JsonName>(), name => Assert.InRange((int)name, 0, 127));
        Assert.Equal(Enum.GetValues<JsonName>().Length, Enum.GetValues<JsonName>().Distinct().Count());
    }

    [Fact]
    public void NameSet_HoldsExactlyTheNamesGiven()
    {
        var set = JsonNameSet.Of(JsonName.Id, JsonName.WorkItems);

        Assert.All(Enum.GetValues<JsonName>(), name => Assert.Equal(name is JsonName.Id or JsonName.WorkItems, set.Contains(name)));
        Assert.True(set.With(JsonName.Alignment).Contains(JsonName.Alignment));
        Assert.False(set.Contains(JsonName.Alignment));
    }

    private static void CollectPropertyNames(JsonNode? node, ISet<string> names)
    {
        var pending = new Stack<JsonNode?>([node]);
        while (pending.Count > 0)
        {
            switch (pending.Pop())
            {
                case JsonObject o:
                    if (o["properties"] is JsonObject properties)
                    {
                        foreach (var property in properties)
                        {
                            names.Add(property.Key);
                        }
                    }

                    foreach (var child in o)
                    {
                        pending.Push(child.Value);
                    }

                    break;
                case JsonArray a:
                    foreach (var child in a)
                    {
                        pending.Push(child);
                    }

                    break;
            }
        }
    }
}
