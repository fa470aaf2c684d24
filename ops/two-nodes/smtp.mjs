// A small SMTP server for the two-node check: takes every mail, remembers its envelope recipients and subject, and
// answers slowly for recipients whose address starts with "slow", so that sending them outlasts a job's lock.
import { createServer } from 'node:net';

export class Smtp {
  constructor({ slowMillis = 3000 } = {}) {
    this.slowMillis = slowMillis;
    this.received = []; // { rcpt, subject, at }
  }

  listen() {
    this.server = createServer(socket => this.#session(socket));
    return new Promise(resolve => this.server.listen(0, '127.0.0.1', () => resolve(this.server.address().port)));
  }

  close() {
    return new Promise(resolve => this.server.close(() => resolve()));
  }

  #session(socket) {
    let buffer = '';
    let data = null; // the message being received, or null outside DATA
    let rcpt = [];
    let gone = false;
    const reply = line => { if (!gone) socket.write(line + '\r\n'); };
    socket.on('error', () => {});
    socket.on('end', () => { gone = true; });
    socket.on('close', () => { gone = true; });
    reply('220 two-node-check ESMTP');
    socket.on('data', chunk => {
      buffer += chunk.toString('latin1');
      for (;;) {
        if (data !== null) {
          const end = buffer.indexOf('\r\n.\r\n');
          if (end < 0) return;
          data += buffer.slice(0, end);
          buffer = buffer.slice(end + 5);
          const headers = data.split('\r\n\r\n')[0].replace(/\r\n[ \t]+/g, ' ');
          const subject = (headers.match(/^Subject: (.*)$/mi) || [])[1] || '';
          const recipients = rcpt;
          data = null;
          rcpt = [];
          const accept = () => {
            // Taken when "250" is answered: what the platform counts as sent. A client that gave up waiting
            // (its read time-out) has not been told, so the mail is not taken, as a real server drops it.
            if (gone) return;
            for (const to of recipients) this.received.push({ rcpt: to, subject, at: Date.now() });
            reply('250 queued');
          };
          if (recipients.some(to => to.startsWith('slow'))) setTimeout(accept, this.slowMillis);
          else accept();
          continue;
        }
        const newline = buffer.indexOf('\r\n');
        if (newline < 0) return;
        const line = buffer.slice(0, newline);
        buffer = buffer.slice(newline + 2);
        const verb = line.slice(0, 4).toUpperCase();
        if (verb === 'EHLO' || verb === 'HELO') reply('250 two-node-check');
        else if (verb === 'MAIL') { rcpt = []; reply('250 ok'); }
        else if (verb === 'RCPT') { rcpt.push((line.match(/<([^>]*)>/) || [])[1] || line.slice(8)); reply('250 ok'); }
        else if (verb === 'DATA') { data = ''; reply('354 end with .'); }
        else if (verb === 'RSET') { rcpt = []; reply('250 ok'); }
        else if (verb === 'QUIT') { reply('221 bye'); socket.end(); return; }
        else reply('250 ok');
      }
    });
  }
}
