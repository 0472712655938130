// Loads data after the page is shown: N1's panel lists these requests with their own statement counts.
window.addEventListener('load', function () {
  fetch('/api/authors').then(function (response) { return response.json(); }).then(function (authors) {
    document.getElementById('authors').textContent = authors.length + ' authors loaded in the background.';
  });
  fetch('/jdbc/customer-totals/fixed').then(function (response) { return response.json(); }).then(function (totals) {
    document.getElementById('totals').textContent = totals.length + ' customer totals loaded in the background.';
  });
});
