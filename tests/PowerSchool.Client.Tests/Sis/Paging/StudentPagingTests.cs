using PowerSchool.Client.Sis;
using PowerSchool.Client.Sis.Query;
using PsFunctions.Testing;

namespace PowerSchool.Client.Tests.Sis.Paging;

public sealed class StudentPagingTests
{
    [Fact]
    public async Task Paging_10000_students_with_parallel_pages_returns_each_once_in_order()
    {
        await using var sim = await SimulatorHost.StartAsync([new("Simulator:District:Students", "10000")]);
        await using var clients = ClientHarness.Create(sim, o => { o.PageParallelism = 4; o.MaxConcurrency = 4; });
        var ids = new List<long>();

        await foreach (var student in clients.Sis.GetStudentsAsync())
        {
            ids.Add(student.Id);
        }

        Assert.Equal(10_000, ids.Count);
        Assert.Equal(10_000, ids.Distinct().Count());
        Assert.Equal(ids.Order(), ids);
        Assert.Equal(100, await sim.GetCounterAsync("GET /ws/v1/district/student"));
        Assert.Equal(1, await sim.GetCounterAsync("GET /ws/v1/district/student/count"));
    }

    [Fact]
    public async Task The_page_size_comes_from_metadata_which_is_read_once()
    {
        await using var sim = await SimulatorHost.StartAsync([new("Simulator:Sis:StudentMaxPageSize", "40")]);
        await using var clients = ClientHarness.Create(sim);

        var first = await CountAsync(clients.Sis.GetStudentsAsync());
        var second = await CountAsync(clients.Sis.GetStudentsAsync(new SisReadOptions { PageSize = 500 }));

        Assert.Equal((300, 300), (first, second));
        Assert.Equal(16, await sim.GetCounterAsync("GET /ws/v1/district/student"));
        Assert.Equal(1, await sim.GetCounterAsync("GET /ws/v1/metadata"));
    }

    [Fact]
    public async Task A_filter_narrows_both_the_count_and_the_pages()
    {
        await using var sim = await SimulatorHost.StartAsync();
        await using var clients = ClientHarness.Create(sim);
        var first = await FirstAsync(clients.Sis.GetStudentsAsync());
        var filter = Fiql.Field("local_id").EqualTo(first.LocalId!.Value);

        var count = await clients.Sis.CountStudentsAsync(filter);
        var found = await CountAsync(clients.Sis.GetStudentsAsync(new SisReadOptions { Filter = filter }));

        Assert.Equal((1L, 1), (count, found));
    }

    [Fact]
    public async Task A_read_that_expects_few_makes_one_request_without_a_count()
    {
        await using var sim = await SimulatorHost.StartAsync();
        await using var clients = ClientHarness.Create(sim);
        var first = await FirstAsync(clients.Sis.GetStudentsAsync(new SisReadOptions { PageSize = 1, ExpectFew = true }));
        var before = await sim.GetCounterAsync("GET /ws/v1/district/student");
        var filter = Fiql.Field("local_id").EqualTo(first.LocalId!.Value);

        var found = await CountAsync(clients.Sis.GetStudentsAsync(new SisReadOptions { Filter = filter, ExpectFew = true }));

        Assert.Equal(1, found);
        Assert.Equal(before + 1, await sim.GetCounterAsync("GET /ws/v1/district/student"));
        Assert.Equal(0, await sim.GetCounterAsync("GET /ws/v1/district/student/count"));
    }

    [Fact]
    public async Task A_read_that_expects_few_still_returns_every_match_when_they_fill_several_pages()
    {
        await using var sim = await SimulatorHost.StartAsync([new("Simulator:District:Students", "250")]);
        await using var clients = ClientHarness.Create(sim);

        var ids = new List<long>();
        await foreach (var student in clients.Sis.GetStudentsAsync(new SisReadOptions { PageSize = 100, ExpectFew = true }))
        {
            ids.Add(student.Id);
        }

        Assert.Equal(250, ids.Distinct().Count());
        Assert.Equal(3, await sim.GetCounterAsync("GET /ws/v1/district/student"));
        Assert.Equal(0, await sim.GetCounterAsync("GET /ws/v1/district/student/count"));
    }

    [Fact]
    public async Task Expansions_fill_the_student_read_model()
    {
        await using var sim = await SimulatorHost.StartAsync();
        await using var clients = ClientHarness.Create(sim);
        var options = new SisReadOptions { Expansions = ["demographics", "addresses", "phones", "school_enrollment"], PageSize = 5 };

        var student = await FirstAsync(clients.Sis.GetStudentsAsync(options));
        var single = await clients.Sis.GetStudentAsync(student.Id, options);

        Assert.NotNull(student.Name?.LastName);
        Assert.NotNull(student.Demographics?.BirthDate);
        Assert.NotNull(student.SchoolEnrollment?.SchoolNumber);
        Assert.Equal(student, Assert.IsType<PowerSchool.Client.Sis.Students.SisStudent>(single) with { ExtensionData = student.ExtensionData });
    }

    [Fact]
    public async Task A_student_that_does_not_exist_reads_as_null()
    {
        await using var sim = await SimulatorHost.StartAsync();
        await using var clients = ClientHarness.Create(sim);

        Assert.Null(await clients.Sis.GetStudentAsync(987_654_321));
    }

    [Fact]
    public async Task Schools_courses_and_sections_are_read()
    {
        await using var sim = await SimulatorHost.StartAsync();
        await using var clients = ClientHarness.Create(sim);

        var schools = await ToListAsync(clients.Sis.GetSchoolsAsync());
        var school = await clients.Sis.GetSchoolAsync(schools[0].Id);
        var courses = await ToListAsync(clients.Sis.GetCoursesAsync(schools[0].Id));
        var sections = await ToListAsync(clients.Sis.GetSectionsAsync(schools[0].Id));

        Assert.Equal(6, schools.Count);
        Assert.Equal(schools[0].Name, school!.Name);
        Assert.NotEmpty(courses);
        Assert.NotEmpty(sections);
        Assert.Null(await clients.Sis.GetSchoolAsync(999_999));
    }

    private static async Task<int> CountAsync<T>(IAsyncEnumerable<T> items) => (await ToListAsync(items)).Count;

    private static async Task<T> FirstAsync<T>(IAsyncEnumerable<T> items)
    {
        await foreach (var item in items)
        {
            return item;
        }

        throw new InvalidOperationException("empty");
    }

    private static async Task<List<T>> ToListAsync<T>(IAsyncEnumerable<T> items)
    {
        var list = new List<T>();
        await foreach (var item in items)
        {
            list.Add(item);
        }

        return list;
    }
}
