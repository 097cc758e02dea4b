using Infra.Planning.Design;
using Infra.Planning.Tests.Support;

namespace Infra.Planning.Tests.Design;

/// <summary>
/// Nodes entered by many arcs get one column equal to the sum of those arcs, so that the rows saying "u is entered"
/// stay short. The exhaustive-search comparison in <see cref="NetworkDesignOptimizerTests"/> proves the optimum is
/// unchanged; these tests make sure that comparison runs on models that use such columns, and that each column is
/// tied to exactly the arcs into its node.
/// </summary>
public sealed class EntryColumnTests
{
    [Fact]
    public void Tiny_instances_of_the_exhaustive_comparison_use_entry_columns()
    {
        var withEntryColumns = Enumerable.Range(1, 60)
            .Count(seed => NetworkDesignModel.Build(TinyInstances.Random(seed, 2 + (seed % 11))).EntryColumn.Any(c => c >= 0));

        Assert.True(withEntryColumns >= 10, $"only {withEntryColumns} of 60 tiny models have an entry column");
    }

    [Theory]
    [InlineData(4)]
    [InlineData(8)]
    [InlineData(12)]
    public void Each_entry_column_is_fixed_to_the_sum_of_the_arcs_into_its_node(int seed)
    {
        var model = NetworkDesignModel.Build(TinyInstances.Random(seed, 2 + (seed % 11)));

        for (var v = 0; v < model.EntryColumn.Length; v++)
        {
            var column = model.EntryColumn[v];
            if (column < 0)
            {
                Assert.True(model.InArcs[v].Count < 5, $"node {v} is entered by {model.InArcs[v].Count} arcs but has no entry column");
                continue;
            }

            Assert.Equal(0, model.Model.Objective[column]);
            Assert.Equal(1, model.Model.ColumnUpper[column]);
            var defining = model.Model.Rows.Where(r => r.Columns.Contains(column) && r.Lower == 0 && r.Upper == 0).ToList();
            var row = Assert.Single(defining);
            var terms = row.Columns.Zip(row.Coefficients).ToDictionary(t => t.First, t => t.Second);
            Assert.Equal(-1, terms[column]);
            Assert.Equal(model.InArcs[v].Select(a => a.Column).Order(), terms.Keys.Where(k => k != column).Order());
            Assert.All(terms.Where(t => t.Key != column), t => Assert.Equal(1, t.Value));
        }
    }
}
