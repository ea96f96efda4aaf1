import { describe, expect, it } from 'vitest';
import { normalizeSubject, parseMailbox, parseMailboxList, parseMessageIds, subAddressToken } from '../../../shared/email/address';
import { htmlToText, stripQuotedReply } from '../../../shared/email/reply-text';
import { isTikTokRelay, relayBuyer, relayConversationId } from '../../../shared/email/tiktok-relay';

describe('addresses and ids', () => {
  it('parses mailboxes and lists', () => {
    expect(parseMailbox('"Brown, Olivia" <Olivia@Example.CO.UK>')).toEqual({ name: 'Brown, Olivia', address: 'olivia@example.co.uk' });
    expect(parseMailbox('bare@x.example')).toEqual({ name: '', address: 'bare@x.example' });
    expect(parseMailbox('no address')).toBeNull();
    expect(parseMailboxList('"A, B" <a@x.example>, c@y.example').map((m) => m.address)).toEqual(['a@x.example', 'c@y.example']);
  });

  it('reads message ids with or without brackets', () => {
    expect(parseMessageIds('<a@x> <b@y>')).toEqual(['a@x', 'b@y']);
    expect(parseMessageIds(['<a@x>', 'b@y'])).toEqual(['a@x']);
    expect(parseMessageIds('b@y')).toEqual(['b@y']);
    expect(parseMessageIds(undefined)).toEqual([]);
  });

  it.each([
    ['Re: RE: Fwd: Where is my order?', 'where is my order?'],
    ['AW: WG: Bestellung', 'bestellung'],
    ['回复：订单', '订单'],
    ['Re[2]: refund', 'refund'],
    ['  Regarding   shipping ', 'regarding shipping'],
  ])('normalizeSubject(%s)', (s, out) => expect(normalizeSubject(s)).toBe(out));

  it('finds the conversation token in a sub-address of the shop address only', () => {
    expect(subAddressToken('Support+k3j9x@Shop.example', 'support@shop.example')).toBe('k3j9x');
    expect(subAddressToken('support@shop.example', 'support@shop.example')).toBeNull();
    expect(subAddressToken('support+k3j9x@other.example', 'support@shop.example')).toBeNull();
    expect(subAddressToken('sales+k3j9x@shop.example', 'support@shop.example')).toBeNull();
  });
});

describe('stripQuotedReply', () => {
  it.each([
    ['Gmail', 'Yes please, cancel it.\n\nOn Mon, 23 Nov 2026 at 10:00, Shop <s@shop.example> wrote:\n> Would you like to cancel?\n', 'Yes please, cancel it.'],
    ['Gmail wrapped over two lines', 'Thanks!\n\nOn Mon, 23 Nov 2026 at 10:00, Some Shop\n<s@shop.example> wrote:\n> old', 'Thanks!'],
    ['Outlook', 'Still waiting.\n\nFrom: Shop <s@shop.example>\nSent: Monday, 23 November 2026 10:00\nTo: me\nSubject: Re: order\n\nold text', 'Still waiting.'],
    ['Outlook rule', 'OK\n________________________________\nFrom: Shop', 'OK'],
    ['a signature', 'Where is parcel 123?\n\n-- \nOlivia Brown\n07700 900123', 'Where is parcel 123?'],
    ['Sent from my iPhone', 'Refund please\n\nSent from my iPhone', 'Refund please'],
    ['Chinese client', '请尽快发货\n\n在 2026年11月23日 10:00，店铺 写道：\n> 旧内容', '请尽快发货'],
    ['quoted lines at the end', 'New words\n> old\n>> older\n', 'New words'],
  ])('cuts the history of %s', (_name, text, out) => expect(stripQuotedReply(text)).toBe(out));

  it('keeps a mention of "from:" in the middle of the buyer\'s own words, and interleaved quotes', () => {
    expect(stripQuotedReply('The parcel came from: London\nbut empty')).toBe('The parcel came from: London\nbut empty');
    expect(stripQuotedReply('> you asked\nmy answer\n> and\nmore')).toBe('> you asked\nmy answer\n> and\nmore');
  });

  it('keeps the full text when cutting would leave nothing', () => {
    expect(stripQuotedReply('> only a quote')).toBe('> only a quote');
  });
});

describe('htmlToText', () => {
  it('drops styles and tags, keeps lines and entities', () => {
    expect(htmlToText('<style>p{}</style><p>Hi &amp; thanks&#33;</p><div>Order&nbsp;#1</div><br>&#x4f60;')).toBe('Hi & thanks!\nOrder #1\n\n你');
  });
});

describe('TikTok relay', () => {
  it('recognises TikTok sender domains only', () => {
    expect(isTikTokRelay('no-reply@notification.tiktokshop.com')).toBe(true);
    expect(isTikTokRelay('noreply@tiktok.com')).toBe(true);
    expect(isTikTokRelay('tiktok.com@evil.example')).toBe(false);
    expect(isTikTokRelay('a@nottiktok.com')).toBe(false);
  });

  it('finds the conversation id in a link or the text', () => {
    expect(relayConversationId('You have unread messages', 'Open https://seller-uk.tiktok.com/chat?conversation_id=7494560109732334321')).toBe('7494560109732334321');
    expect(relayConversationId('Unread', 'see /conversations/7494560109732334321 now')).toBe('7494560109732334321');
    expect(relayConversationId('Unread', 'order 12345')).toBeNull();
  });

  it('finds the buyer by the longest name the subject or first lines contain', () => {
    const buyers = [{ name: 'Jo' }, { name: 'Olivia B.' }, { name: 'Olivia' }, { name: 'jamie_92' }];
    expect(relayBuyer('You have unread messages from Olivia B.', '', buyers)).toEqual({ name: 'Olivia B.' });
    expect(relayBuyer('New message', 'JAMIE_92 sent you a message', buyers)).toEqual({ name: 'jamie_92' });
    expect(relayBuyer('Message from Jo', '', buyers)).toBeNull(); // too short to trust
  });
});
