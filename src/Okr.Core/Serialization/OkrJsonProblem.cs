namespace Okr.Core.Serialization;

/// <summary>What was wrong with a JSON document that could not be read (see <see cref="OkrJsonException.Problem"/>).</summary>
public enum OkrJsonProblem
{
    /// <summary>The text is not well-formed JSON, or it ends too early.</summary>
    Malformed = 0,

    /// <summary>A value has the wrong JSON type (a string where a number is expected, for example).</summary>
    WrongType = 1,

    /// <summary>A required property is missing.</summary>
    MissingProperty = 2,

    /// <summary>A known property appears twice in one object.</summary>
    DuplicateProperty = 3,

    /// <summary>A value has the right type but is not allowed (a blank id, a date that does not exist, a percent above 100, an unknown enum name).</summary>
    InvalidValue = 4,

    /// <summary>A number is out of the range of <see cref="decimal"/> (or of the integer expected). JSON has no NaN or Infinity; those are <see cref="Malformed"/>.</summary>
    NumberOutOfRange = 5,

    /// <summary>A key-result kind discriminator is not known.</summary>
    UnknownKind = 6,

    /// <summary>A strategy name is not registered in <see cref="OkrJsonOptions.Strategies"/>, or names a strategy of the wrong sort.</summary>
    UnknownStrategy = 7,

    /// <summary>Two items share an id.</summary>
    DuplicateId = 8,

    /// <summary>A reference (alignment, cascade parent, dependency) names no item of the right kind.</summary>
    DanglingReference = 9,

    /// <summary>Alignment or cascading forms a cycle.</summary>
    AlignmentCycle = 10,

    /// <summary>The document nests deeper than <see cref="OkrJsonOptions.MaxDepth"/>.</summary>
    TooDeep = 11,

    /// <summary>A stream holds more than <see cref="OkrJsonOptions.MaxDocumentBytes"/> bytes.</summary>
    TooLarge = 12,

    /// <summary>The document's <c>schemaVersion</c> is not one this version of Okr.Core reads.</summary>
    UnsupportedVersion = 13,
}
