// Okr.Samples.CustomStrategy: write your own scoring strategy, register it by name, use it in a plan, save and
// reload the plan through JSON, and score it. Run with: dotnet run --project samples/Okr.Samples.CustomStrategy
// Pass a path (dotnet run --project samples/Okr.Samples.CustomStrategy -- my-plan.json) to keep the plan file and score
// it with the okr console: okr score my-plan.json --strategies <this sample's Okr.Samples.CustomStrategy.dll>.
using Okr.Core;
using Okr.Core.Scoring;
using Okr.Samples.CustomStrategy;

// 1. Register the strategy under its name, next to the built-in ones, so plan files can refer to it.
var registry = StrategyRegistry.BuiltIn.With(ConfidenceWeightedProgress.StrategyName, ConfidenceWeightedProgress.FromOptions);

// 2. Use it in a plan: here for every linear key result (it could also be set on one key result only).
var quarter = Period.Quarter(2026, 2);
var scoring = ScoringConfiguration.Default with
{
    ProgressByKind = ScoringConfiguration.Default.ProgressByKind.SetItem("linear", registry.Create<ProgressStrategy>(
        ConfidenceWeightedProgress.StrategyName, StrategyOptions.Empty.With("defaultConfidence", 0.8m))),
};
var plan = new OkrPlan(
    [
        new Objective
        {
            Id = "obj-ai-python",
            Title = "Develop a revolutionary AI based Python Coding software",
            Period = quarter,
            KeyResults =
            [
                new KeyResult
                {
                    Id = "kr-coding-time",
                    Title = "Show 5 ways that AI coding can cut coding time 50%",
                    Kind = KeyResultKind.Reach(5m),
                    CheckIns = [new CheckIn(new DateTimeOffset(2026, 5, 15, 17, 0, 0, TimeSpan.Zero), 3m) { Confidence = 0.5m }],
                },
                new KeyResult
                {
                    Id = "kr-costs",
                    Title = "Show how AI coding can cut costs 35%",
                    Kind = KeyResultKind.Decrease(100m, 65m),
                    CheckIns = [new CheckIn(new DateTimeOffset(2026, 5, 12, 17, 0, 0, TimeSpan.Zero), 88m)],
                },
                new KeyResult
                {
                    Id = "kr-review",
                    Title = "Review checklist adopted (%)",
                    Kind = new PercentageKind(),
                    CheckIns = [new CheckIn(new DateTimeOffset(2026, 5, 16, 17, 0, 0, TimeSpan.Zero), 35m) { Confidence = 0.4m }],
                },
            ],
        },
    ],
    scoring);

// 3. Score it and see the strategy at work in the explanation.
var asOf = new DateOnly(2026, 5, 20);
var scorecard = OkrScorer.Score(plan, asOf);
Console.WriteLine(scorecard.Explain("kr-coding-time"));
Console.WriteLine(scorecard.Explain("kr-costs"));
Console.WriteLine(scorecard.Explain("obj-ai-python"));

// 4. Save and reload through JSON (the reader needs the registry to rebuild the strategy by name), and score again.
return PlanRoundTrip.SaveReloadAndCheck(plan, registry, scorecard, asOf, keepAt: args.FirstOrDefault());
