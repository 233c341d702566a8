using System.Text.Json.Nodes;
using PsFunctions.Sync.ChangeFeed;

namespace PsFunctions.Sync.Tests.ChangeFeed;

public sealed class StudentFingerprintTests
{
    private static readonly string[] Tracked = ["id", "name", "demographics.gender", "school_enrollment"];

    [Fact]
    public void Same_data_in_a_different_key_order_hashes_the_same()
    {
        var one = Student("""{"id":7,"name":{"first_name":"A","last_name":"B"},"school_enrollment":{"grade_level":3,"school_number":100}}""");
        var two = Student("""{"school_enrollment":{"school_number":100,"grade_level":3},"name":{"last_name":"B","first_name":"A"},"id":7}""");

        Assert.Equal(
            StudentFingerprint.Compute(one, Tracked, "1001").Format(),
            StudentFingerprint.Compute(two, Tracked, "1001").Format());
    }

    [Fact]
    public void A_changed_nested_value_names_only_its_tracked_field()
    {
        var before = StudentFingerprint.Compute(Student("""{"id":7,"name":{"first_name":"A"},"demographics":{"gender":"F","birth_date":"2015-01-02"}}"""), Tracked, "1001");
        var after = StudentFingerprint.Compute(Student("""{"id":7,"name":{"first_name":"A"},"demographics":{"gender":"M","birth_date":"2015-01-02"}}"""), Tracked, "1001");

        Assert.NotEqual(before.RecordHash, after.RecordHash);
        Assert.Equal(["demographics.gender"], after.ChangedFieldsSince(before));
    }

    [Fact]
    public void An_untracked_change_leaves_the_hash_alone()
    {
        var before = StudentFingerprint.Compute(Student("""{"id":7,"demographics":{"gender":"F","birth_date":"2015-01-02"}}"""), Tracked, "1001");
        var after = StudentFingerprint.Compute(Student("""{"id":7,"demographics":{"gender":"F","birth_date":"2016-03-04"},"addresses":{}}"""), Tracked, "1001");

        Assert.Equal(before.RecordHash, after.RecordHash);
    }

    [Fact]
    public void A_value_set_to_null_counts_as_removed_and_changes_the_hash()
    {
        var before = StudentFingerprint.Compute(Student("""{"id":7,"name":{"first_name":"A","middle_name":"Q"}}"""), Tracked, null);
        var after = StudentFingerprint.Compute(Student("""{"id":7,"name":{"first_name":"A","middle_name":null}}"""), Tracked, null);

        Assert.Equal(["name"], after.ChangedFieldsSince(before));
    }

    [Fact]
    public void Stored_form_keeps_hashes_and_student_number_but_no_values()
    {
        var fingerprint = StudentFingerprint.Compute(Student("""{"id":7,"name":{"first_name":"Rosalind"}}"""), Tracked, "1001");

        var stored = fingerprint.Format();
        var parsed = StudentFingerprint.Parse(stored)!;

        Assert.DoesNotContain("Rosalind", stored, StringComparison.Ordinal);
        Assert.Equal(fingerprint.RecordHash, parsed.RecordHash);
        Assert.Equal("1001", parsed.StudentNumber);
        Assert.Equal(fingerprint.FieldHashes, parsed.FieldHashes);
        Assert.Null(StudentFingerprint.Parse("not a fingerprint"));
    }

    [Fact]
    public void Fields_tracked_by_only_one_side_are_not_reported_as_changed()
    {
        var before = StudentFingerprint.Compute(Student("""{"id":7,"name":{"first_name":"A"}}"""), ["id", "name"], "1");
        var after = StudentFingerprint.Compute(Student("""{"id":7,"name":{"first_name":"A"},"local_id":5}"""), ["id", "name", "local_id"], "1");

        Assert.Empty(after.ChangedFieldsSince(before));
    }

    private static JsonObject Student(string json) => JsonNode.Parse(json)!.AsObject();
}
