/** Pages and JSON API of news and notices. */
package vn.sotay.news.web;
