// Tell the server the browser's time zone so pages show times in it (read as the `tz` cookie).
(function () {
  try {
    var zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (zone && document.cookie.indexOf("tz=" + zone) === -1) {
      document.cookie = "tz=" + zone + ";path=/;max-age=31536000;samesite=lax";
    }
  } catch (e) { /* old browser: the server's zone is used */ }
})();
