package feat

import "strings"

// bookingHosts are the hosts of scheduling pages, where the reader picks a
// slot in the writer's calendar; a leading "www." is ignored, and a host
// ending in "."+h counts as h (jess.youcanbook.me, acme.chilipiper.com).
var bookingHosts = []string{
	"calendly.com", "cal.com", "savvycal.com", "chilipiper.com", "calendar.app.google",
	"zcal.co", "tidycal.com", "youcanbook.me", "acuityscheduling.com", "koalendar.com",
	"doodle.com", "bookings.zoho.com", "zeeg.me", "vyte.in", "reclaim.ai",
}

// bookingPaths are scheduling pages on hosts that serve other things too:
// HubSpot's meeting links, Google Calendar's appointment schedules and
// Microsoft's Bookings and Bookings with me.
var bookingPaths = []struct{ host, path string }{
	{"calendar.google.com", "/appointments/"},
	{"outlook.office.com", "/bookwithme/"},
	{"outlook.office365.com", "/bookings/"},
	{"outlook.office.com", "/bookings/"},
}

// isBookingLink reports whether a web address ("https://calendly.com/jess/15min",
// "www.cal.com/ana") is a page that books a meeting.
func isBookingLink(url string) bool {
	u := strings.ToLower(url)
	if k := strings.Index(u, "://"); k >= 0 {
		u = u[k+3:]
	}
	host, path := u, "/"
	if k := strings.IndexAny(u, "/?#"); k >= 0 {
		host, path = u[:k], u[k:]
	}
	if k := strings.LastIndexByte(host, '@'); k >= 0 {
		host = host[k+1:]
	}
	if k := strings.IndexByte(host, ':'); k >= 0 {
		host = host[:k]
	}
	host = strings.TrimPrefix(host, "www.")
	for _, h := range bookingHosts {
		if host == h || strings.HasSuffix(host, "."+h) {
			return true
		}
	}
	// meetings.hubspot.com, meetings-eu1.hubspot.com
	if strings.HasPrefix(host, "meetings") && strings.HasSuffix(host, ".hubspot.com") {
		return true
	}
	for _, b := range bookingPaths {
		if host == b.host && strings.Contains(path+"/", b.path) {
			return true
		}
	}
	return false
}
