using System;
using System.Collections.Generic;
using System.Threading;

namespace SummitData.Generator.Parsing
{
    /// <summary>
    /// An Aho-Corasick automaton over UTF-16 code units: every occurrence of every pattern in one pass over a text.
    /// Building it for k distinct patterns of total length P costs O(P log k) character comparisons (the patterns are
    /// sorted once, so that the trie is laid out with each node's children in order and a step is a binary search
    /// over them: no hash table that crafted input could degrade). A search costs O(n log σ) for a text of n code
    /// units (σ the most children of one node, at most 65,536) plus one step per occurrence reported. The work done is
    /// counted in <see cref="Work"/>, for the complexity tests.
    /// </summary>
    internal sealed class PatternAutomaton
    {
        private const int Root = 0;

        // The trie in compressed form: node u's children are _childNodes[_childStart[u] .. _childStart[u + 1]),
        // labelled _childChars[...] in ascending order.
        private readonly int[] _childStart;
        private readonly char[] _childChars;
        private readonly int[] _childNodes;
        private readonly int[] _fail;

        // The pattern that ends at a node (or -1), and the nearest node on its failure chain where one ends (or -1):
        // following these reports each occurrence in one step.
        private readonly int[] _pattern;
        private readonly int[] _nextOutput;

        /// <param name="patterns">Distinct, non-empty patterns; a match reports the pattern's index here.</param>
        [global::System.Runtime.CompilerServices.MethodImpl(Hot.Optimized)]
        public PatternAutomaton(IReadOnlyList<string> patterns)
        {
            int count = patterns.Count;
            var order = new int[count];
            for (int i = 0; i < count; i++)
            {
                order[i] = i;
            }

            Array.Sort(order, (a, b) => a == b ? 0 : Compare(patterns[a], patterns[b]));

            // In sorted order each pattern shares its longest common prefix with the one before it: the trie path of
            // that prefix exists, the rest is new nodes, each child added after its smaller siblings.
            var common = new int[count];
            int nodes = 1;
            for (int j = 0; j < count; j++)
            {
                common[j] = j == 0 ? 0 : CommonPrefix(patterns[order[j - 1]], patterns[order[j]]);
                nodes += patterns[order[j]].Length - common[j];
            }

            var parent = new int[nodes];
            var label = new char[nodes];
            _pattern = new int[nodes];
            _pattern[Root] = -1;
            var path = new List<int> { Root };
            int next = 1;
            for (int j = 0; j < count; j++)
            {
                string pattern = patterns[order[j]];
                path.RemoveRange(common[j] + 1, path.Count - common[j] - 1);
                for (int d = common[j]; d < pattern.Length; d++)
                {
                    parent[next] = path[d];
                    label[next] = pattern[d];
                    _pattern[next] = -1;
                    path.Add(next++);
                }

                _pattern[path[pattern.Length]] = order[j];
            }

            // Children of a node were created in ascending order of their character, and nodes are numbered in order
            // of creation: one counting pass lays them out.
            _childStart = new int[nodes + 1];
            for (int v = 1; v < nodes; v++)
            {
                _childStart[parent[v] + 1]++;
            }

            for (int u = 0; u < nodes; u++)
            {
                _childStart[u + 1] += _childStart[u];
            }

            _childChars = new char[Math.Max(0, nodes - 1)];
            _childNodes = new int[Math.Max(0, nodes - 1)];
            var fill = new int[nodes];
            for (int v = 1; v < nodes; v++)
            {
                int slot = _childStart[parent[v]] + fill[parent[v]]++;
                _childChars[slot] = label[v];
                _childNodes[slot] = v;
            }

            Work += nodes;
            _fail = new int[nodes];
            _nextOutput = new int[nodes];
            _nextOutput[Root] = -1;
            var queue = new int[nodes];
            int head = 0;
            int tail = 0;
            queue[tail++] = Root;
            while (head < tail)
            {
                int u = queue[head++];
                for (int slot = _childStart[u]; slot < _childStart[u + 1]; slot++)
                {
                    int v = _childNodes[slot];
                    _fail[v] = u == Root ? Root : Step(_fail[u], _childChars[slot]);
                    int f = _fail[v];
                    _nextOutput[v] = _pattern[f] >= 0 ? f : _nextOutput[f];
                    queue[tail++] = v;
                }
            }
        }

        /// <summary>Automaton steps, child lookups and character comparisons done so far, building and searching.</summary>
        public long Work { get; private set; }

        /// <summary>
        /// Reports every occurrence of every pattern in <paramref name="text"/>, in order of where it ends, as the
        /// pattern's index and the offset just after its last character.
        /// </summary>
        /// <returns>False when <paramref name="onMatch"/> returned false, which stops the search.</returns>
        [global::System.Runtime.CompilerServices.MethodImpl(Hot.Optimized)]
        public bool Search(string text, Func<int, int, bool> onMatch, CancellationToken cancellationToken)
        {
            int state = Root;
            for (int i = 0; i < text.Length; i++)
            {
                if ((i & 0xFFFF) == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }

                state = Step(state, text[i]);
                for (int node = _pattern[state] >= 0 ? state : _nextOutput[state]; node >= 0; node = _nextOutput[node])
                {
                    Work++;
                    if (!onMatch(_pattern[node], i + 1))
                    {
                        return false;
                    }
                }
            }

            return true;
        }

        /// <summary>
        /// The state after reading <paramref name="c"/> in <paramref name="state"/>, following failure links where no
        /// child matches. Each failure step shortens the match, which only reading grows, so a search takes at most
        /// two steps per character of the text.
        /// </summary>
        [global::System.Runtime.CompilerServices.MethodImpl(Hot.Optimized)]
        private int Step(int state, char c)
        {
            while (true)
            {
                Work++;
                int child = Child(state, c);
                if (child >= 0)
                {
                    return child;
                }

                if (state == Root)
                {
                    return Root;
                }

                state = _fail[state];
            }
        }

        [global::System.Runtime.CompilerServices.MethodImpl(Hot.Optimized)]
        private int Child(int node, char c)
        {
            int low = _childStart[node];
            int high = _childStart[node + 1] - 1;
            while (low <= high)
            {
                Work++;
                int middle = low + ((high - low) >> 1);
                char label = _childChars[middle];
                if (label == c)
                {
                    return _childNodes[middle];
                }

                if (label < c)
                {
                    low = middle + 1;
                }
                else
                {
                    high = middle - 1;
                }
            }

            return -1;
        }

        [global::System.Runtime.CompilerServices.MethodImpl(Hot.Optimized)]
        private int CommonPrefix(string a, string b)
        {
            int length = Math.Min(a.Length, b.Length);
            int i = 0;
            while (i < length && a[i] == b[i])
            {
                i++;
            }

            Work += i + 1;
            return i;
        }

        [global::System.Runtime.CompilerServices.MethodImpl(Hot.Optimized)]
        private int Compare(string a, string b)
        {
            int i = CommonPrefix(a, b);
            return i < a.Length && i < b.Length ? a[i].CompareTo(b[i]) : a.Length.CompareTo(b.Length);
        }
    }
}
