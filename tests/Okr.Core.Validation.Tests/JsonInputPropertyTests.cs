using System.Text;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Okr.Core.Validation.Tests;

/// <summary>The validators never throw on a plan the JSON reader accepts, however the document was mangled.</summary>
public sealed class JsonInputPropertyTests
{
    private static readonly string[] Replacements = ["0", "-1", "1e3", "100", "0.0000001", "\"\"", "\"x\"", "null", "true", "[]", "{}"];

    [Property(MaxTest = 300)]
    public Property Validate_AnyPlanTheJsonReaderAccepts_NeverThrows() =>
        Prop.ForAll(
            Arb.From(PlanGenerator.Shapes().SelectMany(_ => Gen.Choose(0, int.MaxValue - 1), (shape, mutationSeed) => (shape.Seed, shape.Size, MutationSeed: mutationSeed))),
            input =>
            {
                var json = OkrJson.Serialize(new OkrPlan(PlanGenerator.Build(input.Seed, input.Size)));
                var random = new Random(input.MutationSeed);
                for (int i = 0, n = random.Next(1, 4); i < n; i++)
                {
                    json = Mutate(json, random);
                }

                OkrPlan plan;
                try
                {
                    plan = OkrJson.Deserialize(json);
                }
                catch (JsonException)
                {
                    return true; // refused by the reader: nothing to validate
                }

                _ = new OkrPlanValidator(PlanGenerator.Options).Validate(plan);
                _ = new ObjectiveSetValidator(PlanGenerator.Options).Validate(plan.Objectives);
                return true;
            });

    [Fact]
    public void Mutations_AreOftenAcceptedByTheReader_SoThePropertyIsNotVacuous()
    {
        int accepted = 0;
        var random = new Random(42);
        string json = OkrJson.Serialize(new OkrPlan(PlanGenerator.Build(3, 4)));
        for (int i = 0; i < 200; i++)
        {
            try
            {
                var plan = OkrJson.Deserialize(Mutate(json, random));
                _ = new OkrPlanValidator(PlanGenerator.Options).Validate(plan);
                accepted++;
            }
            catch (JsonException)
            {
            }
        }

        Assert.InRange(accepted, 20, 200);
    }

    /// <summary>Replaces one scalar value (a number, string, true/false/null) of the document by another.</summary>
    private static string Mutate(string json, Random random)
    {
        var scalars = new List<(int Start, int Length)>();
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(json));
        while (reader.Read())
        {
            if (reader.TokenType is JsonTokenType.Number or JsonTokenType.String or JsonTokenType.True or JsonTokenType.False or JsonTokenType.Null)
            {
                int start = (int)reader.TokenStartIndex;
                int length = reader.TokenType == JsonTokenType.String ? reader.ValueSpan.Length + 2 : reader.ValueSpan.Length;
                scalars.Add((start, length));
            }
        }

        if (scalars.Count == 0)
        {
            return json;
        }

        var bytes = Encoding.UTF8.GetBytes(json);
        var (at, len) = scalars[random.Next(scalars.Count)];
        string replacement = Replacements[random.Next(Replacements.Length)];
        return Encoding.UTF8.GetString(bytes, 0, at) + replacement + Encoding.UTF8.GetString(bytes, at + len, bytes.Length - at - len);
    }
}
