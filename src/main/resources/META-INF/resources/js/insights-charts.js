// Issue 19: draws each chart of the quality dashboard from its accessible table (the table is the data: the chart
// adds nothing the table does not say). Suppressed figures (« < 10 candidats ») are gaps, never zeros.
(function () {
  'use strict';
  var COLOURS = ['#1d4f91', '#e07b00', '#4a8c3a', '#9b2c7a', '#5a5a5a', '#b03a2e', '#2a8a8a', '#7a6a00', '#3d3d99'];

  function read(table) {
    var labels = [];
    var columns = Array.prototype.map.call(table.querySelectorAll('thead th'), function (th) {
      return th.textContent.trim();
    }).slice(1);
    var series = columns.map(function () { return []; });
    table.querySelectorAll('tbody tr').forEach(function (tr) {
      labels.push(tr.querySelector('th').textContent.trim());
      tr.querySelectorAll('td').forEach(function (td, i) {
        var rate = td.getAttribute('data-rate');
        series[i].push(rate === '' || rate === null ? null : Number(rate));
      });
    });
    return {labels: labels, columns: columns, series: series};
  }

  function draw(canvas) {
    var table = document.getElementById(canvas.getAttribute('data-table'));
    if (!table || typeof Chart === 'undefined') {
      canvas.hidden = true;
      return;
    }
    var data = read(table);
    var kind = canvas.getAttribute('data-chart');
    var horizontal = kind === 'bar' && data.labels.length > 6;
    canvas.parentElement.style.height = (horizontal ? Math.min(900, 60 + data.labels.length * 34) : 300) + 'px';
    new Chart(canvas, {
      type: kind,
      data: {
        labels: data.labels.map(function (l) { return l.length > 48 ? l.substring(0, 47) + '…' : l; }),
        datasets: data.columns.map(function (c, i) {
          return {label: c, data: data.series[i], backgroundColor: COLOURS[i % COLOURS.length],
            borderColor: COLOURS[i % COLOURS.length], spanGaps: false};
        })
      },
      options: {
        animation: false,
        responsive: true,
        maintainAspectRatio: false,
        indexAxis: kind === 'bar' && data.labels.length > 6 ? 'y' : 'x',
        scales: kind === 'bar' && data.labels.length > 6
          ? {x: {min: 0, max: 100, title: {display: true, text: '%'}}}
          : {y: {min: 0, max: 100, title: {display: true, text: '%'}}},
        plugins: {legend: {position: 'bottom'}}
      }
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('canvas[data-chart]').forEach(draw);
  });
})();
