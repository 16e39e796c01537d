using Okr.Core.Problems;
using Okr.Core.Serialization;

namespace Okr.Core.Tests.Problems;

public sealed class OkrProblemDetailsTests
{
    private static OkrJsonException ReadError(string json) => Assert.Throws<OkrJsonException>(() => OkrJson.Deserialize(json));

    [Fact]
    public void Malformed_400NamingThePath()
    {
        var problem = OkrProblemDetails.FromJsonException(ReadError("{\"schemaVersion\": 1, \"objectives\": [ {\"id\": "));

        Assert.Equal(400, problem.Status);
        Assert.Equal("urn:okr:problem:json-malformed", problem.Type);
        var error = Assert.Single(problem.Errors);
        Assert.Equal("json.malformed", error.Code);
        Assert.StartsWith("$", error.Path, StringComparison.Ordinal);
        Assert.Empty(problem.Warnings);
    }

    [Fact]
    public void DuplicateId_422NamingTheItem()
    {
        string json = """
            {"schemaVersion": 1, "objectives": [
              {"id": "o1", "title": "A", "period": {"start": "2026-04-01", "end": "2026-06-30"}, "keyResults": []},
              {"id": "o1", "title": "B", "period": {"start": "2026-04-01", "end": "2026-06-30"}, "keyResults": []}]}
            """;
        var exception = ReadError(json);
        Assert.Equal(OkrJsonProblem.DuplicateId, exception.Problem);

        var problem = OkrProblemDetails.FromJsonException(exception);

        Assert.Equal(422, problem.Status);
        var error = Assert.Single(problem.Errors);
        Assert.Equal("json.duplicate-id", error.Code);
        Assert.Equal("o1", error.ItemId);
        Assert.Equal(exception.Message, problem.Detail);
        Assert.Same(problem.Errors.GetType(), ((object)problem.ToExtensions()["errors"]!).GetType());
    }

    [Fact]
    public void FromJsonException_Null_Throws() =>
        Assert.Throws<ArgumentNullException>(() => OkrProblemDetails.FromJsonException(null!));
}
