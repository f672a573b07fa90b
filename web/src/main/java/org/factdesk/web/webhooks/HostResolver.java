package org.factdesk.web.webhooks;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

/** Looks a receiver's host up: every address it has, so each can be checked before one is used. */
public interface HostResolver {

    /** @throws UnknownHostException when the name has no address (now) */
    List<InetAddress> addressesOf(String host) throws UnknownHostException;
}
