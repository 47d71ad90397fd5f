// dyad offline report: hovering a concept highlights its edges (inlined, no external resources)
(function () {
  var svg = document.querySelector('.map svg');
  if (!svg) return;
  var edges = svg.querySelectorAll('.edge');
  svg.querySelectorAll('.node').forEach(function (node) {
    var id = node.getAttribute('data-id');
    node.addEventListener('mouseenter', function () {
      edges.forEach(function (e) {
        if (e.getAttribute('data-source') !== id && e.getAttribute('data-target') !== id) e.classList.add('dim');
      });
    });
    node.addEventListener('mouseleave', function () {
      edges.forEach(function (e) { e.classList.remove('dim'); });
    });
  });
})();
