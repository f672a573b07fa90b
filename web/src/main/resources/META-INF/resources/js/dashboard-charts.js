// Draws the dashboard's charts from the numbers the page carries as JSON.
// The tables next to each chart hold the same numbers for anyone who cannot see a canvas.
(function () {
  'use strict';

  var source = document.getElementById('dashboard-chart-data');
  if (!source || typeof Chart === 'undefined') {
    return;
  }
  var figures = JSON.parse(source.textContent);
  var still = window.matchMedia && window.matchMedia('(prefers-reduced-motion: reduce)').matches;

  function barChart(canvasId, series, colour, horizontal) {
    var canvas = document.getElementById(canvasId);
    if (!canvas || !series || series.labels.length === 0) {
      return;
    }
    new Chart(canvas, {
      type: 'bar',
      data: {
        labels: series.labels,
        datasets: [{ label: series.title, data: series.counts, backgroundColor: colour, maxBarThickness: 48 }]
      },
      options: {
        indexAxis: horizontal ? 'y' : 'x',
        maintainAspectRatio: false,
        animation: still ? false : undefined,
        plugins: { legend: { display: false } },
        scales: horizontal
          ? { x: { beginAtZero: true, ticks: { precision: 0 } } }
          : { y: { beginAtZero: true, ticks: { precision: 0 } } }
      }
    });
  }

  barChart('chart-claims-by-state', figures.claimsByState, '#0b5cad', false);
  barChart('chart-ratings-published', figures.ratingsPublished, '#1e6b35', true);
})();
