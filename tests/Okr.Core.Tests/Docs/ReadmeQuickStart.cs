using Okr.Core.Scoring;

namespace Okr.Core.Tests.Docs;

/// <summary>The README's quick start, compiled here; <see cref="ReadmeTests"/> checks the README shows exactly this code.</summary>
internal static class ReadmeQuickStart
{
    public static Scorecard Run(TextWriter console)
    {
        // begin-snippet: quickstart
        var objective = new Objective
        {
            Id = "ai-coding",
            Title = "Develop a revolutionary AI based Python coding software",
            Period = Period.Quarter(2026, 2),
            KeyResults =
            [
                new KeyResult
                {
                    Id = "coding-time",
                    Title = "Show 5 ways that AI coding can cut coding time 50%",
                    Kind = KeyResultKind.Reach(5),
                    CheckIns = [new CheckIn(new DateTimeOffset(2026, 5, 2, 9, 0, 0, TimeSpan.Zero), 2) { Confidence = 0.7m }],
                },
                new KeyResult
                {
                    Id = "costs",
                    Title = "Show how AI coding can cut costs 35%",
                    Kind = KeyResultKind.Decrease(start: 100, target: 65),
                    CheckIns = [new CheckIn(new DateTimeOffset(2026, 5, 9, 9, 0, 0, TimeSpan.Zero), 80)],
                },
            ],
        };

        var plan = new OkrPlan([objective]);
        var scorecard = OkrScorer.Score(plan, asOf: new DateOnly(2026, 5, 15));

        console.WriteLine(scorecard["ai-coding"]);         // ai-coding Objective 48.57% Behind
        console.WriteLine(scorecard.Explain("ai-coding")); // the rule, then each key result with its weight and share
        // end-snippet
        return scorecard;
    }
}
